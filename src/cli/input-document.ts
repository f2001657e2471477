/**
 * `--cli-input-json` / `--cli-input-yaml` (`awscli/customizations/cliinput.py`): the whole input
 * as one document (a `file://` value is read first). Keys are the API's member names; a key
 * already set from the command line keeps the command line's value. Values are taken as they are
 * (no shorthand coercion), so parameter validation judges them.
 */
import { ParamError, ParamSyntaxError } from './errors.js';
import { parseJson } from './output/json-parse.js';
import { getParamfile } from './paramfile.js';
import { parseYaml, YamlError } from './yaml-read.js';
import { Bytes, pyClass, type Param, type ParamMap } from './values.js';

export type CliInputKind = 'cli-input-json' | 'cli-input-yaml';

/** `CliInputArgument.add_to_call_parameters`. */
export function applyCliInput(
  kind: CliInputKind,
  value: string | null,
  bothGiven: boolean,
  callParameters: ParamMap,
  env: NodeJS.ProcessEnv,
): void {
  if (value === null) return;
  if (bothGiven) throw new ParamSyntaxError('Only one --cli-input- parameter may be specified.');
  const file = getParamfile(value, env);
  const text = file === null ? value : file instanceof Bytes ? new TextDecoder().decode(file.data) : file;
  let loaded: Param;
  if (kind === 'cli-input-json') {
    try {
      loaded = parseJson(text) as Param;
    } catch {
      throw new ParamError(kind, 'Invalid JSON received.');
    }
  } else {
    try {
      loaded = parseYaml(text);
    } catch (e) {
      if (e instanceof YamlError) throw new ParamError(kind, 'Invalid YAML received.');
      throw e;
    }
  }
  if (!(loaded instanceof Map)) {
    throw new ParamError(`--${kind}`, `Invalid type: expecting map, received ${pyClass(loaded)}`);
  }
  for (const [k, v] of loaded) if (!callParameters.has(k)) callParameters.set(k, v);
}
