/**
 * libyaml 0.2.5's `yaml_emitter_analyze_scalar` (emitter.c, MIT), the part of the emitter that
 * decides which styles a string may take. Plain is refused for leading or trailing spaces, line
 * breaks, an indicator in a significant place (`#`, `,`, `[`, `]`, `{`, `}`, `&`, `*`, `!`, `|`,
 * `>`, `'`, `"`, `%`, `@`, backtick first; `- `, `? `, `: ` first; `: ` or ` #` anywhere), or a
 * leading `---`/`...`; single quotes are refused for a space after a line break and for any
 * character libyaml does not consider printable (it tests UTF-8 bytes: `\n`, 0x20-0x7E,
 * U+00A0-U+D7FF and U+E000-U+FFFD except U+FEFF, so tab, CR, DEL, NEL and everything above U+FFFF
 * force double quotes). Lengths are UTF-8 bytes, as in C.
 */

export type ScalarAnalysis = {
  readonly chars: readonly number[];
  /** UTF-8 length in bytes. */
  readonly length: number;
  readonly multiline: boolean;
  readonly flowPlainAllowed: boolean;
  readonly blockPlainAllowed: boolean;
  readonly singleQuotedAllowed: boolean;
  readonly blockAllowed: boolean;
};

/** `IS_PRINTABLE` on the UTF-8 encoding of one code point. */
export const isPrintable = (c: number): boolean =>
  c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);
export const isBreak = (c: number): boolean => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
export const isSpace = (c: number | undefined): boolean => c === 0x20;
/** `IS_BLANKZ`: space, tab, a line break or NUL (the end of the C string counts as NUL). */
export const isBlankz = (c: number | undefined): boolean => c === undefined || c === 0x20 || c === 0x09 || c === 0 || isBreak(c);
const utf8Length = (c: number): number => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

const FIRST_INDICATORS = new Set([...'#,[]{}&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const FLOW_INDICATORS = new Set([...',?[]{}'].map((c) => c.charCodeAt(0)));
const code = (c: string): number => c.charCodeAt(0);

export function analyzeScalar(value: string): ScalarAnalysis {
  const chars = [...value].map((c) => c.codePointAt(0)!);
  const length = chars.reduce((n, c) => n + utf8Length(c), 0);
  if (chars.length === 0) {
    return { chars, length, multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (value.startsWith('---') || value.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  let followedByWhitespace = isBlankz(chars[1]);
  const last = chars.length - 1;
  chars.forEach((c, i) => {
    if (i === 0) {
      if (FIRST_INDICATORS.has(c)) {
        flowIndicators = true;
        blockIndicators = true;
      }
      if (c === code('?') || c === code(':')) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (c === code('-') && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else {
      if (FLOW_INDICATORS.has(c)) flowIndicators = true;
      if (c === code(':')) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (c === code('#') && precededByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    }
    if (!isPrintable(c)) specialCharacters = true;
    if (isBreak(c)) lineBreaks = true;
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true;
      if (i === last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (i === last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(c);
    if (i < last) followedByWhitespace = isBlankz(chars[i + 2]);
  });

  let flowPlainAllowed = true;
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) flowPlainAllowed = blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) flowPlainAllowed = blockPlainAllowed = singleQuotedAllowed = false;
  if (spaceBreak || specialCharacters) flowPlainAllowed = blockPlainAllowed = singleQuotedAllowed = blockAllowed = false;
  if (lineBreaks) flowPlainAllowed = blockPlainAllowed = false;
  if (flowIndicators) flowPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { chars, length, multiline: lineBreaks, flowPlainAllowed, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}
