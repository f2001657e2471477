/**
 * ruamel.yaml 0.17.21's implicit resolver (resolver.py, the YAML 1.2 entries), which the AWS CLI's
 * YAML dumper consults for every scalar: a string that would read back as something else
 * (`'123'`, `'1_000'`, `'0o17'`, `'.5'`, `'true'`, `'True'`, `'null'`, `'~'`, `''`, `'<<'`, `'='`,
 * `'2023-01-01'`) is not "plain implicit", so the emitter quotes it. YAML 1.1 words (`yes`, `on`)
 * and sexagesimals (`1:30`) stay plain. Resolvers are chosen by the first character; Python's `$`
 * also matches before a final newline.
 */

type Resolver = { readonly tag: string; readonly re: RegExp; readonly first: readonly string[] };

const digits = [...'0123456789'];
const RESOLVERS: readonly Resolver[] = [
  { tag: 'bool', re: /^(?:true|True|TRUE|false|False|FALSE)\n?$/, first: [...'tTfF'] },
  {
    tag: 'float',
    re: /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\n?$/,
    first: [...'-+0123456789.'],
  },
  {
    tag: 'int',
    re: /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)\n?$/,
    first: [...'-+0123456789'],
  },
  { tag: 'merge', re: /^(?:<<)\n?$/, first: ['<'] },
  { tag: 'null', re: /^(?:~|null|Null|NULL|)\n?$/, first: ['~', 'n', 'N', ''] },
  {
    tag: 'timestamp',
    re: /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\n?$/,
    first: digits,
  },
  { tag: 'value', re: /^(?:=)\n?$/, first: ['='] },
  { tag: 'yaml', re: /^(?:!|&|\*)\n?$/, first: [...'!&*'] },
];

const BY_FIRST = new Map<string, Resolver[]>();
for (const r of RESOLVERS) for (const c of r.first) BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), r]);

/** `resolve(ScalarNode, value, (True, False))` without the `tag:yaml.org,2002:` prefix. */
export function resolveScalarTag(value: string): string {
  const first = value === '' ? '' : String.fromCodePoint(value.codePointAt(0)!);
  for (const r of BY_FIRST.get(first) ?? []) if (r.re.test(value)) return r.tag;
  return 'str';
}
