/** Seeded JMESPath expression generator (valid grammar plus mutations that break it). */
import { randomDoc, Rng } from './random.js';

const FIELDS = ['a', 'b', 'c', 'foo', 'bar', 'baz', 'name', 'id', 'items', 'tags', 'missing', '"é"', '"with space"', '"10"', '"__proto__"', '"a\\nb"', '"\\u00e9"'];
const FUNCS: [string, number][] = [
  ['abs', 1], ['avg', 1], ['ceil', 1], ['contains', 2], ['ends_with', 2], ['floor', 1], ['join', 2], ['keys', 1], ['length', 1],
  ['map', 2], ['max', 1], ['max_by', 2], ['merge', 2], ['min', 1], ['min_by', 2], ['not_null', 2], ['reverse', 1], ['sort', 1],
  ['sort_by', 2], ['starts_with', 2], ['sum', 1], ['to_array', 1], ['to_string', 1], ['to_number', 1], ['type', 1], ['values', 1],
  ['nope', 1],
];
const EXPREF_FUNCS = new Set(['map', 'max_by', 'min_by', 'sort_by']);
const COMPARATORS = ['==', '!=', '<', '<=', '>', '>='];

function literal(rng: Rng): string {
  if (rng.chance(0.3)) return `'${rng.pick(['a', 'x y', "it\\'s", 'é', '', '1', 'a\\b'])}'`;
  if (rng.chance(0.1)) return '`' + rng.pick(['foo', ' bar', '{bad', 'a\\`b']) + '`';
  return '`' + randomDoc(rng, 2, { maxDepth: 3 }).replaceAll('`', '\\`') + '`';
}

export function randomExpr(rng: Rng, depth = 0): string {
  const leaf = depth > 3 || rng.chance(0.25);
  if (leaf) {
    const r = rng.next();
    if (r < 0.6) return rng.pick(FIELDS);
    if (r < 0.75) return '@';
    return literal(rng);
  }
  const e = (): string => randomExpr(rng, depth + 1);
  const num = (): string => String(rng.int(-4, 4));
  switch (rng.int(0, 17)) {
    case 0:
      return `${e()}.${rng.pick(FIELDS)}`;
    case 1:
      return `${e()}[${num()}]`;
    case 2: {
      const parts = [rng.chance(0.6) ? num() : '', rng.chance(0.6) ? num() : ''];
      if (rng.chance(0.5)) parts.push(rng.chance(0.8) ? num() : '');
      return `${e()}[${parts.join(':')}]`;
    }
    case 3:
      return `${e()}[*].${rng.pick(FIELDS)}`;
    case 4:
      return `${e()}[]`;
    case 5:
      return `${e()}.*`;
    case 6:
      return `${e()}[?${e()} ${rng.pick(COMPARATORS)} ${e()}]`;
    case 7:
      return `${e()}[?${e()}]`;
    case 8:
      return `[${e()}, ${e()}]`;
    case 9:
      return `{k: ${e()}, ${rng.pick(['a', 'b', '"q r"'])}: ${e()}}`;
    case 10:
      return `${e()} | ${e()}`;
    case 11:
      return `${e()} ${rng.pick(['||', '&&'])} ${e()}`;
    case 12:
      return `!${e()}`;
    case 13:
      return `${e()} ${rng.pick(COMPARATORS)} ${e()}`;
    case 14:
      return `(${e()})`;
    case 15:
      return `${e()}.[${e()}, ${e()}]`;
    default: {
      const [name, arity] = rng.pick(FUNCS);
      const n = rng.chance(0.1) ? rng.int(0, 3) : arity;
      const args = Array.from({ length: n }, (_, i) => (EXPREF_FUNCS.has(name) && (i === (name === 'map' ? 0 : 1)) ? `&${e()}` : e()));
      return `${name}(${args.join(', ')})`;
    }
  }
}

const NOISE = ['.', '[', ']', '(', ')', '{', '}', ',', ':', '|', '&', '!', '=', '<', '`', "'", '"', '*', '?', '@', '-', '1', 'x', ' ', '$', 'é'];

/** Break an expression: delete, insert or truncate at a random place. */
export function mutate(rng: Rng, expr: string): string {
  const chars = [...expr];
  const at = rng.int(0, chars.length);
  switch (rng.int(0, 2)) {
    case 0:
      chars.splice(at, 1);
      break;
    case 1:
      chars.splice(at, 0, rng.pick(NOISE));
      break;
    default:
      chars.length = at;
  }
  return chars.join('');
}
