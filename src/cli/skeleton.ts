/**
 * `--generate-cli-skeleton` (`awscli/customizations/generatecliskeleton.py` and botocore's
 * `ArgumentGenerator`): `input` prints JSON with every input member (empty strings, the first
 * enum value, 0, 0.0, true, one-element lists, `{"KeyName": ...}` maps); `yaml-input` prints the
 * same as YAML with a comment after each member (`[REQUIRED]`, the first sentence of its
 * documentation, the valid enum values), laid out as ruamel.yaml's round-trip dumper does;
 * `output` builds the output shape with member names as values, for the normal formatters.
 */
import type { Shape } from './model.js';
import { jsonDumps } from './output/formatters/json-encode.js';
import type { PyDict, PyValue } from './output/value.js';
import { resolveScalarTag } from './output/formatters/yaml/resolver.js';

/**
 * A timestamp placeholder: `datetime(1970, 1, 1)`, which JSON prints as `1970-01-01T00:00:00`
 * (isoformat) and the other formats as `str(datetime)`, `1970-01-01 00:00:00`.
 */
export const EPOCH_PLACEHOLDER = '1970-01-01T00:00:00';

/** `ArgumentGenerator(use_member_names).generate_skeleton(shape)`. */
export function generateSkeleton(shape: Shape, useMemberNames: boolean, timestamp: string = EPOCH_PLACEHOLDER): PyValue {
  const stack: string[] = [];
  const gen = (s: Shape, name: string): PyValue => {
    stack.push(s.name);
    try {
      switch (s.typeName) {
        case 'structure': {
          const out: PyDict = new Map();
          if (stack.filter((n) => n === s.name).length > 1) return out;
          for (const [memberName, member] of s.members) out.set(memberName, gen(member, memberName));
          return out;
        }
        case 'list':
          return [gen(s.member, useMemberNames ? s.member.name : '')];
        case 'map':
          return new Map([['KeyName', gen(s.value, '')]]);
        case 'string':
          if (useMemberNames) return name;
          return s.enum.length ? s.enum[0]! : '';
        case 'integer':
        case 'long':
          return 0n;
        case 'float':
        case 'double':
          return 0.0;
        case 'boolean':
          return true;
        case 'timestamp':
          return timestamp;
        default:
          return null;
      }
    } finally {
      stack.pop();
    }
  };
  return gen(shape, '');
}

export function inputSkeletonJson(shape: Shape | undefined): string {
  const skeleton: PyValue = shape ? generateSkeleton(shape, false) : new Map();
  return jsonDumps(skeleton, { indent: 4, ensureAscii: true }) + '\n';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `get_shape_doc_overview`: the documentation without markup, up to the first `.` or `:`. */
export function docOverview(doc: string): string {
  let text = doc.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
  text = text.split(/[.:]+/)[0]!;
  if (text) text += '.';
  return text.replaceAll('\n', ' ').replaceAll('\u2028', ' ');
}

// ---- yaml-input -------------------------------------------------------------------------------

type YamlNode =
  | { kind: 'scalar'; text: string }
  | { kind: 'map'; entries: { key: string; value: YamlNode; comment: string | null }[] }
  | { kind: 'seq'; items: YamlNode[] };

function yamlScalar(v: string | number | boolean | bigint | null): YamlNode {
  if (v === null) return { kind: 'scalar', text: "!!binary ''" };
  if (typeof v === 'string') return { kind: 'scalar', text: v === '' || resolveScalarTag(v) !== 'str' ? `'${v}'` : v };
  if (typeof v === 'boolean') return { kind: 'scalar', text: v ? 'true' : 'false' };
  if (typeof v === 'number') return { kind: 'scalar', text: Number.isInteger(v) ? `${v}.0` : String(v) };
  return { kind: 'scalar', text: v.toString() };
}

/** YAMLArgumentGenerator: the skeleton with ruamel's end-of-line comments. */
function yamlSkeleton(shape: Shape): YamlNode {
  const stack: string[] = [];
  const gen = (s: Shape): YamlNode => {
    stack.push(s.name);
    try {
      switch (s.typeName) {
        case 'structure': {
          const node: YamlNode & { kind: 'map' } = { kind: 'map', entries: [] };
          if (stack.filter((n) => n === s.name).length > 1) return node;
          // ruamel's yaml_add_eol_comment: the column comes from a neighbouring commented key;
          // with none (the first key), the comment gets an extra leading space.
          const commented = new Set<string>();
          for (const [memberName, member] of s.members) {
            const value = gen(member);
            const parts: string[] = [];
            if (s.requiredMembers.includes(memberName)) parts.push('[REQUIRED]');
            parts.push(docOverview(member.documentation));
            if (member.enum.length) parts.push(`Valid values are: ${member.enum.join(', ')}.`);
            const comment = parts.join(' ');
            let text: string | null = null;
            if (comment && comment.trim() !== '') {
              const keys = node.entries.map((e) => e.key);
              const pre = keys.length ? keys[keys.length - 1]! : undefined;
              let hasColumn = pre !== undefined && commented.has(pre);
              if (!hasColumn) for (const k of keys) if (k < memberName && commented.has(k)) hasColumn = true;
              text = hasColumn ? `# ${comment}` : ` # ${comment}`;
              commented.add(memberName);
            }
            node.entries.push({ key: memberName, value, comment: text });
          }
          return node;
        }
        case 'list':
          return { kind: 'seq', items: [gen(s.member)] };
        case 'map':
          return { kind: 'map', entries: [{ key: 'KeyName', value: gen(s.value), comment: null }] };
        case 'string':
          return yamlScalar(s.enum.length ? s.enum[0]! : '');
        case 'integer':
        case 'long':
          return yamlScalar(0n);
        case 'float':
        case 'double':
          return yamlScalar(0);
        case 'boolean':
          return yamlScalar(true);
        case 'timestamp':
          return { kind: 'scalar', text: '1970-01-01 00:00:00' };
        default:
          return yamlScalar(null);
      }
    } finally {
      stack.pop();
    }
  };
  return gen(shape);
}

const isEmptyCollection = (n: YamlNode): boolean =>
  (n.kind === 'map' && n.entries.length === 0) || (n.kind === 'seq' && n.items.length === 0);

function emit(node: YamlNode, indent: number, out: string[], inlineFirst: string | null): void {
  // `inlineFirst` is the prefix ("- ") that the first line of a block collection continues.
  if (node.kind === 'map') {
    node.entries.forEach((e, i) => {
      const lead = i === 0 && inlineFirst !== null ? inlineFirst : ' '.repeat(indent);
      const c = e.comment === null ? '' : ` ${e.comment}`;
      const v = e.value;
      if (v.kind === 'scalar') out.push(`${lead}${e.key}: ${v.text}${c}`);
      else if (isEmptyCollection(v)) out.push(`${lead}${e.key}: ${v.kind === 'map' ? '{}' : '[]'}${c}`);
      else {
        out.push(`${lead}${e.key}:${c}`);
        emit(v, v.kind === 'map' ? indent + 2 : indent, out, null);
      }
    });
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      const lead = ' '.repeat(indent) + '- ';
      if (item.kind === 'scalar') out.push(`${lead}${item.text}`);
      else if (isEmptyCollection(item)) out.push(`${lead}${item.kind === 'map' ? '{}' : '[]'}`);
      else emit(item, indent + 2, out, lead);
    }
  } else out.push(node.text);
}

export function inputSkeletonYaml(shape: Shape | undefined): string {
  if (!shape) return '{}\n';
  const node = yamlSkeleton(shape);
  if (isEmptyCollection(node)) return '{}\n';
  const out: string[] = [];
  emit(node, 0, out, null);
  return out.join('\n') + '\n';
}
