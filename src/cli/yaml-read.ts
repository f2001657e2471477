/**
 * A small YAML reader for `--cli-input-yaml`: the documents `--generate-cli-skeleton yaml-input`
 * produces and people edit (block mappings and sequences, plain/single/double-quoted scalars,
 * simple flow collections, `|`/`>` block scalars, comments), read with the YAML 1.2 core schema
 * as ruamel.yaml's safe loader does (`true`/`false`, `null`/`~`, integers, floats; `yes` stays a
 * string). Anything beyond that (anchors, tags, multi-line flow collections) is an error, which
 * the CLI reports as `Invalid YAML received.`.
 *
 * Grammar handled:
 *   node     = block-map / block-seq / scalar-line
 *   block-map = 1*(INDENT key ":" [SP value] [comment] NL [nested node])
 *   block-seq = 1*(INDENT "-" SP (node-inline / value) NL)
 *   value    = flow-seq / flow-map / quoted / plain / block-scalar
 */
import type { Param, ParamMap } from './values.js';

export class YamlError extends Error {}

type Line = { indent: number; text: string; no: number };

function stripComment(s: string): string {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i++;
        else quote = null;
      } else if (c === '\\' && quote === '"') i++;
    } else if ((c === "'" || c === '"') && (i === 0 || /[\s:[{,-]/.test(s[i - 1]!))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]!))) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

function resolvePlain(s: string): Param {
  if (s === '' || s === '~' || /^(null|Null|NULL)$/.test(s)) return null;
  if (/^(true|True|TRUE)$/.test(s)) return true;
  if (/^(false|False|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return BigInt(s);
  if (/^0o[0-7]+$/.test(s)) return BigInt(parseInt(s.slice(2), 8));
  if (/^0x[0-9a-fA-F]+$/.test(s)) return BigInt(s);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

function parseDouble(s: string): string {
  try {
    return JSON.parse(s.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\t/g, '\\t')) as string;
  } catch {
    throw new YamlError('bad double-quoted scalar');
  }
}

/** Flow values and scalars on one line. */
class Inline {
  private i = 0;
  constructor(private readonly s: string) {}
  parseAll(): Param {
    const v = this.value(false);
    this.ws();
    if (this.i !== this.s.length) throw new YamlError('trailing characters');
    return v;
  }
  private ws(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }
  private value(inFlow: boolean): Param {
    this.ws();
    const c = this.s[this.i];
    if (c === '[') {
      this.i++;
      const out: Param[] = [];
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      for (;;) {
        out.push(this.value(true));
        this.ws();
        if (this.s[this.i] === ',') this.i++;
        else if (this.s[this.i] === ']') {
          this.i++;
          return out;
        } else throw new YamlError('bad flow sequence');
      }
    }
    if (c === '{') {
      this.i++;
      const out: ParamMap = new Map();
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      for (;;) {
        const k = this.value(true);
        this.ws();
        if (this.s[this.i] !== ':') throw new YamlError('bad flow mapping');
        this.i++;
        out.set(String(k), this.value(true));
        this.ws();
        if (this.s[this.i] === ',') this.i++;
        else if (this.s[this.i] === '}') {
          this.i++;
          return out;
        } else throw new YamlError('bad flow mapping');
      }
    }
    if (c === "'") {
      let out = '';
      for (this.i++; ; this.i++) {
        if (this.i >= this.s.length) throw new YamlError('unterminated quote');
        if (this.s[this.i] === "'") {
          if (this.s[this.i + 1] === "'") {
            out += "'";
            this.i++;
          } else {
            this.i++;
            return out;
          }
        } else out += this.s[this.i];
      }
    }
    if (c === '"') {
      const start = this.i;
      for (this.i++; this.i < this.s.length && this.s[this.i] !== '"'; this.i++) if (this.s[this.i] === '\\') this.i++;
      if (this.i >= this.s.length) throw new YamlError('unterminated quote');
      this.i++;
      return parseDouble(this.s.slice(start, this.i));
    }
    if (c === '&' || c === '*' || c === '!' || c === '|' || c === '>' || c === '@' || c === '`') throw new YamlError('unsupported');
    const stop = inFlow ? /[,\]}]|: |:$/ : /$^/;
    let j = this.i;
    while (j < this.s.length && !stop.test(this.s.slice(j, j + 2))) j++;
    const text = this.s.slice(this.i, j).trim();
    this.i = j;
    return resolvePlain(text);
  }
}

const KEY_RE = /^((?:'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"\s#][^:#]*?|[^'"\s#]))\s*:(?:\s+(.*)|$)/;

export function parseYaml(text: string): Param {
  const lines: Line[] = [];
  const raw = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  for (let no = 0; no < raw.length; no++) {
    const r = raw[no]!;
    if (/^(---|\.\.\.)(\s|$)/.test(r)) continue;
    if (/^%/.test(r)) continue;
    const body = stripComment(r);
    if (body.trim() === '') continue;
    if (/\t/.test(body.slice(0, body.length - body.trimStart().length))) throw new YamlError('tab indentation');
    lines.push({ indent: body.length - body.trimStart().length, text: body.trimStart(), no });
  }
  if (lines.length === 0) return null;
  let pos = 0;

  const blockScalar = (indicator: string, parentIndent: number): string => {
    const collected: string[] = [];
    let indent = -1;
    let k = lines[pos - 1]!.no + 1;
    for (; k < raw.length; k++) {
      const r = raw[k]!;
      if (r.trim() === '') {
        collected.push('');
        continue;
      }
      const ind = r.length - r.trimStart().length;
      if (ind <= parentIndent) break;
      if (indent < 0) indent = ind;
      collected.push(r.slice(indent));
    }
    while (pos < lines.length && lines[pos]!.no < k) pos++;
    while (collected.length && collected[collected.length - 1] === '') collected.pop();
    const keep = indicator.includes('+');
    const strip = indicator.includes('-');
    const body = indicator.startsWith('|') ? collected.join('\n') : collected.join(' ').replace(/ ?\n ?/g, '\n');
    return strip ? body : keep ? body + '\n' : body + '\n';
  };

  const scalarOrFlow = (s: string, parentIndent: number): Param => {
    if (/^[|>][-+]?$/.test(s)) return blockScalar(s, parentIndent);
    return new Inline(s).parseAll();
  };

  const node = (indent: number): Param => {
    const first = lines[pos]!;
    if (first.text === '-' || first.text.startsWith('- ')) return seq(first.indent);
    if (KEY_RE.test(first.text)) return map(first.indent);
    pos++;
    return scalarOrFlow(first.text, indent - 1);
  };

  const valueAfter = (rest: string | undefined, ownIndent: number): Param => {
    if (rest !== undefined && rest !== '') return scalarOrFlow(rest, ownIndent);
    const next = lines[pos];
    if (!next) return null;
    if (next.indent > ownIndent) return node(next.indent);
    if (next.indent === ownIndent && (next.text === '-' || next.text.startsWith('- '))) return seq(ownIndent);
    return null;
  };

  const map = (indent: number): ParamMap => {
    const out: ParamMap = new Map();
    while (pos < lines.length && lines[pos]!.indent === indent) {
      const line = lines[pos]!;
      const m = KEY_RE.exec(line.text);
      if (!m) throw new YamlError(`bad mapping entry at line ${line.no + 1}`);
      pos++;
      const key = String(new Inline(m[1]!).parseAll());
      out.set(key, valueAfter(m[2], indent));
    }
    if (pos < lines.length && lines[pos]!.indent > indent) throw new YamlError('bad indentation');
    return out;
  };

  const seq = (indent: number): Param[] => {
    const out: Param[] = [];
    while (pos < lines.length && lines[pos]!.indent === indent && (lines[pos]!.text === '-' || lines[pos]!.text.startsWith('- '))) {
      const line = lines[pos]!;
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        pos++;
        out.push(valueAfter(undefined, indent));
        continue;
      }
      const inner = indent + (line.text.length - rest.length);
      // The item continues on this line: rewrite it as a line of its own at the item's indent.
      lines[pos] = { indent: inner, text: rest, no: line.no };
      out.push(node(inner));
    }
    return out;
  };

  const result = node(lines[0]!.indent);
  if (pos < lines.length) throw new YamlError('trailing content');
  return result;
}
