/**
 * `--output yaml` and `--output yaml-stream`: the AWS CLI's YAMLDumper (awscli/formatter.py) on
 * ruamel.yaml 0.17.21 `YAML(typ='safe')` with its C emitter (libyaml 0.2.5). A top-level scalar is
 * printed as JSON (`json.dump(value, ensure_ascii=False)`: `null`, `"str"`, `1.0`) to avoid
 * YAML's `...` document end marker; anything else as a block YAML document.
 */
import type { PyValue } from '../value.js';
import { jsonDumps } from './json-encode.js';
import { Emitter } from './yaml/emitter.js';
import { represent, serialize } from './yaml/represent.js';

const isJsonScalar = (v: PyValue): boolean => v === null || ['boolean', 'bigint', 'number', 'string'].includes(typeof v);

/** `YAMLDumper.dump(value, stream)`. */
export function yamlDump(value: PyValue): string {
  if (isJsonScalar(value)) return jsonDumps(value, { ensureAscii: false }) + '\n';
  return new Emitter().emit(serialize(represent(value)));
}
