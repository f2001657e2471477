/**
 * ruamel.yaml 0.17.21's SafeRepresenter and the serializer of its C emitter (`_ruamel_yaml.pyx`),
 * as the AWS CLI configures them (`YAML(typ='safe')`, block style): values become nodes (mapping
 * keys sorted by code point; ints by `str()`; floats by `repr().lower()` with `.nan`, `.inf`,
 * `-.inf`), a list or dict met twice becomes one node, which the serializer anchors (`&id001`,
 * numbered in the order the second encounters happen) and aliases (`*id001`) after its first use.
 */
import { PyError } from '../../py/errors.js';
import { cmpStrings } from '../../py/ops.js';
import { floatRepr, intStr } from '../../py/repr.js';
import type { PyValue } from '../../value.js';
import { resolveScalarTag } from './resolver.js';
import { FrameBudget, YAML_REPRESENT_FRAMES } from '../../py/recursion.js';

export type YamlNode =
  | { readonly kind: 'scalar'; readonly tag: string; readonly value: string }
  | { readonly kind: 'seq'; readonly items: YamlNode[] }
  | { readonly kind: 'map'; readonly pairs: [YamlNode, YamlNode][] };

export type YamlEvent =
  | { readonly type: 'stream_start' | 'stream_end' | 'sequence_end' | 'mapping_end' }
  | { readonly type: 'document_start' | 'document_end'; readonly implicit: boolean }
  | { readonly type: 'alias'; readonly anchor: string }
  | {
      readonly type: 'scalar';
      readonly anchor: string | null;
      readonly tag: string;
      readonly value: string;
      readonly plainImplicit: boolean;
      readonly quotedImplicit: boolean;
    }
  | { readonly type: 'sequence_start' | 'mapping_start'; readonly anchor: string | null };

function representFloat(x: number): string {
  if (Number.isNaN(x)) return '.nan';
  if (x === Infinity) return '.inf';
  if (x === -Infinity) return '-.inf';
  return floatRepr(x).toLowerCase();
}

/** `represent_data`: one node per list/dict object, fresh nodes for scalars. */
export function represent(data: PyValue): YamlNode {
  const represented = new Map<object, YamlNode>();
  const budget = new FrameBudget(YAML_REPRESENT_FRAMES);
  // Python frames: a list or dict costs 3 (represent_data, represent_list/dict,
  // represent_sequence/mapping), a scalar value 3 more, a key 4 (represent_key first).
  const node = (v: PyValue, leafFrames = 3): YamlNode => {
    if (!(Array.isArray(v) || v instanceof Map)) budget.check(leafFrames);
    else if (!represented.has(v)) return budget.nested(3, () => container(v));
    return scalarOrSeen(v);
  };
  const scalarOrSeen = (v: PyValue): YamlNode => {
    if (v === null) return { kind: 'scalar', tag: 'null', value: 'null' };
    switch (typeof v) {
      case 'boolean':
        return { kind: 'scalar', tag: 'bool', value: v ? 'true' : 'false' };
      case 'bigint':
        return { kind: 'scalar', tag: 'int', value: intStr(v) };
      case 'number':
        return { kind: 'scalar', tag: 'float', value: representFloat(v) };
      case 'string':
        return { kind: 'scalar', tag: 'str', value: v };
    }
    const seen = represented.get(v as object);
    if (seen) return seen;
    throw new PyError('RepresenterError', `cannot represent an object: ${v.toString()}`);
  };
  const container = (v: PyValue): YamlNode => {
    if (Array.isArray(v)) {
      const seq: YamlNode = { kind: 'seq', items: [] };
      represented.set(v, seq);
      for (const item of v) seq.items.push(node(item));
      return seq;
    }
    if (v instanceof Map) {
      const map: YamlNode = { kind: 'map', pairs: [] };
      represented.set(v, map);
      const entries = [...v].sort((a, b) => cmpStrings(a[0], b[0]));
      for (const [k, x] of entries) map.pairs.push([node(k, 4), node(x)]);
      return map;
    }
    throw new Error('unreachable');
  };
  return node(data);
}

/** The serializer: anchor pass, then the event stream of one implicit document. */
export function serialize(root: YamlNode): YamlEvent[] {
  const anchors = new Map<YamlNode, string | null>();
  let lastAlias = 0;
  const anchorNode = (n: YamlNode): void => {
    if (anchors.has(n)) {
      if (anchors.get(n) === null) anchors.set(n, `id${String(++lastAlias).padStart(3, '0')}`);
      return;
    }
    anchors.set(n, null);
    if (n.kind === 'seq') n.items.forEach(anchorNode);
    else if (n.kind === 'map') {
      for (const [k, v] of n.pairs) {
        anchorNode(k);
        anchorNode(v);
      }
    }
  };
  anchorNode(root);

  const events: YamlEvent[] = [{ type: 'stream_start' }, { type: 'document_start', implicit: true }];
  const serialized = new Set<YamlNode>();
  const emit = (n: YamlNode): void => {
    const anchor = anchors.get(n) ?? null;
    if (serialized.has(n)) {
      events.push({ type: 'alias', anchor: anchor! });
      return;
    }
    serialized.add(n);
    if (n.kind === 'scalar') {
      checkEncodable(n.value);
      const plainImplicit = resolveScalarTag(n.value) === n.tag;
      events.push({ type: 'scalar', anchor, tag: n.tag, value: n.value, plainImplicit, quotedImplicit: n.tag === 'str' });
    } else if (n.kind === 'seq') {
      events.push({ type: 'sequence_start', anchor });
      n.items.forEach(emit);
      events.push({ type: 'sequence_end' });
    } else {
      events.push({ type: 'mapping_start', anchor });
      for (const [k, v] of n.pairs) {
        emit(k);
        emit(v);
      }
      events.push({ type: 'mapping_end' });
    }
  };
  emit(root);
  events.push({ type: 'document_end', implicit: true }, { type: 'stream_end' });
  return events;
}

/** The C emitter encodes each scalar to UTF-8 (`PyUnicode_AsUTF8String`); a lone surrogate fails. */
function checkEncodable(value: string): void {
  let index = 0;
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) {
      throw new PyError(
        'UnicodeEncodeError',
        `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${index}: surrogates not allowed`,
      );
    }
    index++;
  }
}
