/**
 * Text layout for the manual pages: the model's HTML documentation (`<p>`, `<code>`, `<a>`,
 * `<ul><li>`, entities) as filled and justified paragraphs at a given indent, 78 columns wide,
 * the way `aws ... help` lays out its groff page when it is not on a terminal.
 */
export const WIDTH = 78;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (/^#x/i.test(e)) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Fill words into lines of at most `width - indent` characters, justified except the last line. */
export function fill(text: string, indent: number, justify = true): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const avail = Math.max(20, WIDTH - indent);
  const lines: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const w of words) {
    if (cur.length && len + 1 + w.length > avail) {
      lines.push(cur);
      cur = [];
      len = 0;
    }
    len += (cur.length ? 1 : 0) + w.length;
    cur.push(w);
  }
  if (cur.length) lines.push(cur);
  const pad = ' '.repeat(indent);
  return lines.map((ws, i) => {
    if (!justify || i === lines.length - 1 || ws.length === 1) return pad + ws.join(' ');
    const total = ws.reduce((a, w) => a + w.length, 0);
    let spaces = avail - total;
    const gaps = ws.length - 1;
    let out = ws[0]!;
    for (let g = 1; g <= gaps; g++) {
      const n = Math.ceil(spaces / (gaps - g + 1));
      spaces -= n;
      out += ' '.repeat(n) + ws[g];
    }
    return pad + out;
  });
}

type Block = { kind: 'p'; text: string } | { kind: 'li'; text: string };

/** The model's documentation as blocks of text. */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let text = html.replace(/\r/g, '');
  text = text.replace(/<\/?(code|a|b|i|em|strong|important|note|fullname|div)(\s[^>]*)?>/gi, (m, tag: string) =>
    /^(important|note|div)$/i.test(tag) ? '\n\n' : '',
  );
  for (const part of text.split(/<\/?(?:p|ul|ol|br\s*\/?|h\d|dl|dt|dd)(?:\s[^>]*)?>|\n\n/i)) {
    const items = part.split(/<li(?:\s[^>]*)?>/i);
    const first = items.shift()!;
    const clean = (s: string): string => decodeEntities(s.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (clean(first)) blocks.push({ kind: 'p', text: clean(first) });
    for (const li of items) if (clean(li)) blocks.push({ kind: 'li', text: clean(li) });
  }
  return blocks;
}

export function renderDoc(html: string, indent: number): string[] {
  const out: string[] = [];
  for (const b of htmlBlocks(html)) {
    if (out.length) out.push('');
    if (b.kind === 'p') out.push(...fill(b.text, indent));
    else {
      const lines = fill(b.text, indent + 2);
      if (lines.length) lines[0] = ' '.repeat(indent) + 'o ' + lines[0]!.slice(indent + 2);
      out.push(...lines);
    }
  }
  return out;
}

/** An rst example file (`**Title**`, `Command::` + indented block) as manual text. */
export function renderRst(rst: string, indent: number): string[] {
  const out: string[] = [];
  const lines = rst.replace(/\r/g, '').split('\n');
  let para: string[] = [];
  const flush = (): void => {
    if (!para.length) return;
    const t = para.join(' ').replace(/\*\*(.*?)\*\*/g, '$1').replace(/``(.*?)``/g, '$1').replace(/`([^`<]*?)(?: <[^>]*>)?`_+/g, '$1');
    if (out.length && out[out.length - 1] !== '') out.push('');
    out.push(...fill(t.replace(/::$/, ':'), indent));
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s+\S/.test(l) && (out.length === 0 || out[out.length - 1] === '' || /^\s/.test(lines[i - 1] ?? '')) && para.length === 0) {
      out.push(' '.repeat(indent + 3) + l.replace(/^ {4}/, ''));
      continue;
    }
    if (l.trim() === '') {
      flush();
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    para.push(l.trim());
  }
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}
