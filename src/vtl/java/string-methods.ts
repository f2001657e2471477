/**
 * `java.lang.String` methods callable from templates, as data.
 *
 * AWS-recorded templates use `toString().contains(...)`, `.length()` and
 * `.replaceAll("\\'","'")`; the rest follow `java.lang.String` (Java 8 API): indexes count UTF-16
 * code units exactly as JavaScript does, `trim()` strips chars ≤ U+0020 only, `split` drops
 * trailing empty strings and returns a `String[]` (Velocity lets templates call `size()`/`get()`
 * on it and index it with `[i]`), out-of-range indexes throw `StringIndexOutOfBoundsException`.
 */
import { JavaException, m } from './method-def.js';
import { castTo, javaHashCode, objectBase } from './scalar-methods.js';
import { javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from './regex.js';
import { JChar, JInt, JList, int, type MethodTable, type JValue } from './values.js';

const n = (v: JValue): number => Number((v as JInt).v);
const s = (v: JValue): string => v as string;

function outOfRange(index: number): never {
  throw new JavaException('java.lang.StringIndexOutOfBoundsException', 'String index out of range: ' + String(index));
}

function substring(self: string, begin: number, end: number): string {
  if (begin < 0) outOfRange(begin);
  if (end > self.length) outOfRange(end);
  if (end - begin < 0) outOfRange(end - begin);
  return self.slice(begin, end);
}

function nullArg(): never {
  throw new JavaException('java.lang.NullPointerException', 'null argument');
}
const req = (v: JValue): string => (v === null ? nullArg() : (v as string));

/** `String.trim()`: removes leading and trailing chars ≤ U+0020. */
export function javaTrim(self: string): string {
  let a = 0;
  let b = self.length;
  while (a < b && self.charCodeAt(a) <= 0x20) a++;
  while (b > a && self.charCodeAt(b - 1) <= 0x20) b--;
  return self.slice(a, b);
}

function compareTo(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** `String.replace(CharSequence, CharSequence)`: literal, all occurrences; "" inserts everywhere. */
function replaceLiteral(self: string, a: string, b: string): string {
  if (a === '') return self === '' ? b : b + self.split('').join(b) + b;
  return self.split(a).join(b);
}

const fold = (x: string): string => x.toUpperCase().toLowerCase();
const codeOf = (v: JValue): string => String.fromCharCode(n(v) & 0xffff);

export const stringMethods: MethodTable = {
  ...objectBase,
  length: [m<string>([], (self) => int(self.length))],
  isEmpty: [m<string>([], (self) => self.length === 0)],
  charAt: [m<string>(['int'], (self, [i]) => (n(i) < 0 || n(i) >= self.length ? outOfRange(n(i)) : new JChar(self[n(i)])))],
  codePointAt: [m<string>(['int'], (self, [i]) => (n(i) < 0 || n(i) >= self.length ? outOfRange(n(i)) : int(self.codePointAt(n(i)) ?? 0)))],
  substring: [
    m<string>(['int'], (self, [b]) => substring(self, n(b), self.length)),
    m<string>(['int', 'int'], (self, [b, e]) => substring(self, n(b), n(e))),
  ],
  subSequence: [m<string>(['int', 'int'], (self, [b, e]) => substring(self, n(b), n(e)))],
  indexOf: [
    m<string>(['int'], (self, [c]) => int(self.indexOf(codeOf(c)))),
    m<string>(['int', 'int'], (self, [c, f]) => int(self.indexOf(codeOf(c), Math.max(0, n(f))))),
    m<string>(['String'], (self, [x]) => int(self.indexOf(req(x)))),
    m<string>(['String', 'int'], (self, [x, f]) => int(self.indexOf(req(x), Math.max(0, n(f))))),
  ],
  lastIndexOf: [
    m<string>(['int'], (self, [c]) => int(self.lastIndexOf(codeOf(c)))),
    m<string>(['int', 'int'], (self, [c, f]) => int(n(f) < 0 ? -1 : self.lastIndexOf(codeOf(c), n(f)))),
    m<string>(['String'], (self, [x]) => int(self.lastIndexOf(req(x)))),
    m<string>(['String', 'int'], (self, [x, f]) => int(n(f) < 0 ? -1 : self.lastIndexOf(req(x), n(f)))),
  ],
  contains: [m<string>(['CharSequence'], (self, [x]) => self.includes(req(x)))],
  startsWith: [
    m<string>(['String'], (self, [x]) => self.startsWith(req(x))),
    m<string>(['String', 'int'], (self, [x, o]) => n(o) >= 0 && self.startsWith(req(x), n(o))),
  ],
  endsWith: [m<string>(['String'], (self, [x]) => self.endsWith(req(x)))],
  equalsIgnoreCase: [m<string>(['String'], (self, [x]) => x !== null && fold(self) === fold(s(x)))],
  contentEquals: [m<string>(['CharSequence'], (self, [x]) => self === req(x))],
  compareTo: [
    m<string>(['String'], (self, [x]) => int(compareTo(self, req(x)))),
    m<string>(['Object'], (self, [x]) => int(compareTo(self, castTo(self, x, (_a, b) => typeof b === 'string') as string))),
  ],
  compareToIgnoreCase: [m<string>(['String'], (self, [x]) => int(compareTo(fold(self), fold(req(x)))))],
  toLowerCase: [m<string>([], (self) => self.toLowerCase())],
  toUpperCase: [m<string>([], (self) => self.toUpperCase())],
  trim: [m<string>([], (self) => javaTrim(self))],
  concat: [m<string>(['String'], (self, [x]) => self + req(x))],
  replace: [
    m<string>(['char', 'char'], (self, [a, b]) => self.split((a as JChar).c).join((b as JChar).c)),
    m<string>(['CharSequence', 'CharSequence'], (self, [a, b]) => replaceLiteral(self, req(a), req(b))),
  ],
  replaceAll: [m<string>(['String', 'String'], (self, [p, r]) => javaReplaceAll(self, req(p), req(r)))],
  replaceFirst: [m<string>(['String', 'String'], (self, [p, r]) => javaReplaceFirst(self, req(p), req(r)))],
  matches: [m<string>(['String'], (self, [p]) => javaMatches(self, req(p)))],
  split: [
    m<string>(['String'], (self, [p]) => new JList('Array', javaSplit(self, req(p)))),
    m<string>(['String', 'int'], (self, [p, l]) => new JList('Array', javaSplit(self, req(p), n(l)))),
  ],
  toCharArray: [m<string>([], (self) => new JList('Array', self.split('').map((c) => new JChar(c))))],
  intern: [m<string>([], (self) => self)],
  hashCode: [m<string>([], (self) => int(javaHashCode(self)))],
};
