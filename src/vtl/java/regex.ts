/**
 * `java.util.regex` for the String methods templates call (`matches`, `replaceAll`,
 * `replaceFirst`, `split`) — AWS documents the idiom `$util.escapeJavaScript($x).replaceAll("\\'","'")`.
 *
 * Java and JavaScript regex syntax mostly agree; this module translates the differences that
 * matter in practice: `matches` is a whole-string match, `\Q…\E` quoting, a leading `(?i)`,
 * POSIX classes (`\p{Alpha}`…), `\A`/`\z`/`\Z`, and Java replacement strings (`$1`, `${name}`,
 * `\$`). An invalid pattern or replacement throws (Java's PatternSyntaxException /
 * IllegalArgumentException), which becomes a template error.
 */

export class JavaRegexError extends Error {}

const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F', Space: ' \\t\\n\\x0B\\f\\r', L: 'a-zA-Z\\u00C0-\\u024F', IsAlphabetic: 'a-zA-Z',
};

const cache = new Map<string, RegExp>();

/** Compile a Java pattern into a JS RegExp (`flags` without `g`/`y`). */
export function compileJava(pattern: string, flags = ''): RegExp {
  const key = flags + '\u0000' + pattern;
  const hit = cache.get(key);
  if (hit) return hit;
  let src = pattern;
  let fl = flags;
  const inline = /^\(\?([imsx]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    for (const f of inline[1]) if (f !== 'x' && !fl.includes(f)) fl += f;
  }
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = src[i + 1];
    if (n === undefined) throw new JavaRegexError('Unexpected internal error near index ' + String(src.length));
    if (n === 'Q') {
      const end = src.indexOf('\\E', i + 2);
      const lit = end < 0 ? src.slice(i + 2) : src.slice(i + 2, end);
      out += lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      i = end < 0 ? src.length : end + 1;
    } else if ((n === 'p' || n === 'P') && src[i + 2] === '{') {
      const end = src.indexOf('}', i + 3);
      const name = src.slice(i + 3, end).replace(/^Is/, (m) => (POSIX[src.slice(i + 3, end)] ? m : ''));
      const cls = POSIX[name] ?? POSIX[src.slice(i + 3, end)];
      if (!cls || end < 0) throw new JavaRegexError('Unknown character property name {' + src.slice(i + 3, end) + '}');
      out += (n === 'p' ? '[' : '[^') + cls + ']';
      i = end;
    } else if (n === 'A') {
      out += '^';
      i++;
    } else if (n === 'z') {
      out += '$';
      i++;
    } else if (n === 'Z') {
      out += '(?=\\n?$)';
      i++;
    } else if (n === 'h') {
      out += '[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]';
      i++;
    } else {
      out += c + n;
      i++;
    }
  }
  let re: RegExp;
  try {
    re = new RegExp(out, fl);
  } catch (e) {
    throw new JavaRegexError((e as Error).message);
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

/** `String.matches(regex)`: the whole string must match. */
export function javaMatches(s: string, pattern: string): boolean {
  const re = compileJava(pattern);
  const whole = new RegExp('^(?:' + re.source + ')$', re.flags);
  return whole.test(s);
}

/** Expand a Java replacement string (`Matcher.appendReplacement` rules) for one match. */
function expand(replacement: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaRegexError('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      i++;
      if (i >= replacement.length) throw new JavaRegexError('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = replacement.slice(i + 1, end);
        if (end < 0 || !m.groups || !(name in m.groups)) throw new JavaRegexError('No group with name {' + name + '}');
        out += m.groups[name] ?? '';
        i = end;
        continue;
      }
      if (!/[0-9]/.test(replacement[i])) throw new JavaRegexError('Illegal group reference');
      let g = Number(replacement[i]);
      while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1]) && g * 10 + Number(replacement[i + 1]) < m.length) {
        g = g * 10 + Number(replacement[++i]);
      }
      if (g >= m.length) throw new JavaRegexError('No group ' + String(g));
      out += m[g] ?? '';
    } else out += c;
  }
  return out;
}

function replaceJava(s: string, pattern: string, replacement: string, all: boolean): string {
  const re = new RegExp(compileJava(pattern).source, compileJava(pattern).flags + 'g');
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out += s.slice(last, m.index) + expand(replacement, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (re.lastIndex < s.length) out += s[re.lastIndex];
      re.lastIndex++;
      last = re.lastIndex;
      if (last > s.length) return out;
    }
    if (!all) break;
  }
  return out + s.slice(last);
}

export const javaReplaceAll = (s: string, p: string, r: string): string => replaceJava(s, p, r, true);
export const javaReplaceFirst = (s: string, p: string, r: string): string => replaceJava(s, p, r, false);

/** `String.split(regex)` / `split(regex, limit)`. */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  const re = new RegExp(compileJava(pattern).source, compileJava(pattern).flags + 'g');
  const parts: string[] = [];
  let index = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    if (limit > 0 && parts.length >= limit - 1) break;
    if (m[0].length === 0 && (m.index === 0 || m.index >= s.length)) continue;
    if (index === 0 && m.index === 0 && m[0].length === 0) continue;
    parts.push(s.slice(index, m.index));
    index = m.index + m[0].length;
  }
  if (index === 0 && parts.length === 0) return [s];
  parts.push(s.slice(index));
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
