/**
 * `$input` — the request (or integration response) payload and the method request parameters
 * (developer guide, "$input variables"; spec §9.1).
 *
 * - `$input.body`: the raw payload as a String; an empty payload is `{}` (AWS-recorded).
 * - `$input.path(p)`: the JSONPath result as a Java object — a JSON object is a Map printing
 *   `{k=v}`, an array a `JSONArray` printing compact JSON; a missing path or a body that is not
 *   JSON gives null (renders ""). The body is parsed afresh on every call, so changes made to a
 *   result are not seen by the next call.
 * - `$input.json(p)`: the same result serialised as JSON text (json-smart style, `/` as `\/`).
 * - `$input.params()`: a Map `{path, querystring, header}` of all method request parameters.
 * - `$input.params(x)`: `x` looked up in path, then query string, then headers; "" if absent.
 *   Header names also match case-insensitively when no exact match exists (spec open question
 *   8 default; the reference model matches exactly).
 */
import { m } from '../vtl/java/method-def.js';
import { objectBase } from '../vtl/java/scalar-methods.js';
import { JHost, JMap, toJsonText, type JValue, type MethodTable } from '../vtl/index.js';
import { readJson } from '../vtl/jsonpath/json-reader.js';
import { compilePath } from '../vtl/jsonpath/jsonpath.js';

export interface MethodRequestParams {
  readonly path?: Readonly<Record<string, string>>;
  readonly querystring?: Readonly<Record<string, string>>;
  readonly header?: Readonly<Record<string, string>>;
}

const PARAM_KINDS = ['path', 'querystring', 'header'] as const;

function stringMap(rec: Readonly<Record<string, string>> | undefined): JMap {
  const map = new JMap();
  for (const [k, v] of Object.entries(rec ?? {})) map.put(k, v);
  return map;
}

/** Evaluate a JSONPath against the body; null when the body or the path does not resolve. */
export function readPath(body: string, path: string): { found: boolean; value: JValue } {
  try {
    const doc = readJson(body);
    return { found: true, value: compilePath(path).read(doc) };
  } catch {
    return { found: false, value: null };
  }
}

/** `$input` of one render: the payload and the parameters; the methods are shared by all. */
class InputHost extends JHost {
  constructor(
    readonly body: string,
    readonly params: MethodRequestParams,
  ) {
    super('Input', INPUT_METHODS);
  }

  lookup(name: string): JValue {
    for (const kind of PARAM_KINDS) {
      const rec = this.params[kind];
      if (rec && Object.prototype.hasOwnProperty.call(rec, name)) return rec[name];
    }
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(this.params.header ?? {})) if (k.toLowerCase() === lower) return v;
    return '';
  }
}

const INPUT_METHODS: MethodTable = {
  ...objectBase,
  getBody: [m([], (self: InputHost) => self.body)],
  path: [m(['String'], (self: InputHost, [p]) => (p === null ? null : readPath(self.body, p as string).value))],
  json: [
    m(['String'], (self: InputHost, [p]) => {
      if (p === null) return null;
      const r = readPath(self.body, p as string);
      return r.found ? toJsonText(r.value) : null;
    }),
  ],
  params: [
    m([], (self: InputHost) => {
      const all = new JMap();
      for (const kind of PARAM_KINDS) all.put(kind, stringMap(self.params[kind]));
      return all;
    }),
    m(['String'], (self: InputHost, [n]) => (n === null ? '' : self.lookup(n as string))),
  ],
};

export function createInput(rawBody: string, params: MethodRequestParams): JHost {
  return new InputHost(rawBody === '' ? '{}' : rawBody, params);
}
