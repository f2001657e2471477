import { describe, expect, it } from 'vitest';
import { convertRequest, convertResponse } from './content-handling.js';

const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe]);
const b64 = gzip.toString('base64');
const show = (f: () => { bytes: Buffer; isText: boolean }): string => {
  try {
    const r = f();
    return `${r.isText ? 'text' : 'bytes'}:${r.bytes.toString('base64')}`;
  } catch {
    return '500';
  }
};

describe('request content handling (docs table, recorded with S3)', () => {
  it.each([
    [false, undefined, 'text', 'text:' + Buffer.from('\u001f\ufffd\b\u0000\ufffd\ufffd').toString('base64')],
    [false, 'CONVERT_TO_BINARY', 'raw gzip', '500'],
    [true, undefined, 'bytes', `bytes:${b64}`],
    [true, 'CONVERT_TO_BINARY', 'bytes', `bytes:${b64}`],
    [true, 'CONVERT_TO_TEXT', 'base64', `text:${Buffer.from(b64).toString('base64')}`],
  ] as const)('binary=%s handling=%s (%s)', (binary, handling, _what, expected) => {
    expect(show(() => convertRequest(gzip, binary, handling))).toBe(expected);
  });

  it('decodes base64 text with CONVERT_TO_BINARY', () => {
    expect(show(() => convertRequest(Buffer.from(b64), false, 'CONVERT_TO_BINARY'))).toBe(`bytes:${b64}`);
  });
});

describe('response content handling (docs table, recorded with S3)', () => {
  const text = Buffer.from(b64);
  it.each([
    // payload text
    [text, false, false, undefined, `text:${text.toString('base64')}`],
    [text, false, true, undefined, `bytes:${b64}`],
    [text, false, true, 'CONVERT_TO_TEXT', `text:${text.toString('base64')}`],
    [text, false, false, 'CONVERT_TO_BINARY', `bytes:${b64}`],
    [Buffer.from('not base64!'), false, true, undefined, '500'],
    // payload binary
    [gzip, true, false, undefined, `text:${Buffer.from(b64).toString('base64')}`],
    [gzip, true, true, undefined, `bytes:${b64}`],
    [gzip, true, true, 'CONVERT_TO_TEXT', `text:${Buffer.from(b64).toString('base64')}`],
    [gzip, true, false, 'CONVERT_TO_BINARY', `bytes:${b64}`],
  ] as const)('case %#', (body, payloadBinary, acceptBinary, handling, expected) => {
    expect(show(() => convertResponse(body, payloadBinary, acceptBinary, handling))).toBe(expected);
  });
});
