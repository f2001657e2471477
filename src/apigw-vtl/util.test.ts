/**
 * `$util` functions and `$input`, table-driven (Java library behaviour; AWS-recorded where noted
 * in `shared/vectors/vtl.json`).
 */
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, escapeJavaScript, renderTemplate, urlDecode, urlEncode } from './index.js';

describe('$util', () => {
  it.each([
    ["it's", "it\\'s"],
    ['a/b"c\\d', 'a\\/b\\"c\\\\d'],
    ['\b\t\n\f\r\u0001\u007f', '\\b\\t\\n\\f\\r\\u0001\u007f'],
    ['é€😀', '\\u00E9\\u20AC\\uD83D\\uDE00'],
  ])('escapeJavaScript(%j)', (s, expected) => {
    expect(escapeJavaScript(s)).toBe(expected);
  });
  it.each([
    ['{"some": "value"}', '%7B%22some%22%3A+%22value%22%7D'],
    ['a*b-c.d_e~f g', 'a*b-c.d_e%7Ef+g'],
    ["é ~*'()!", '%C3%A9+%7E*%27%28%29%21'],
    ['\ud800', '%3F'],
  ])('urlEncode(%j)', (s, expected) => {
    expect(urlEncode(s)).toBe(expected);
  });
  it('urlDecode, base64', () => {
    expect(urlDecode('a+b%C3%A9%2B')).toBe('a bé+');
    expect(() => urlDecode('%4')).toThrow(/IllegalArgument/);
    expect(base64Encode('{"foo": "bar1"}')).toBe('eyJmb28iOiAiYmFyMSJ9');
    expect(base64Decode('eyJtZXNzYWdlIjogInBhdGgxIn0=')).toBe('{"message": "path1"}');
    expect(base64Decode('YQ')).toBe('a');
    expect(() => base64Decode('!!')).toThrow(/IllegalArgument/);
  });
});

describe('renderTemplate', () => {
  const params = { path: { id: '42' }, querystring: { q: 'x' }, header: { 'X-Hdr': 'h' } };
  it('binds $input, $util, $context, $stageVariables and returns overrides', () => {
    const r = renderTemplate({
      template:
        '$input.body|$input.path("$.a")|$input.json("$")|$input.params("id")$input.params("x-hdr")|$util.urlEncode("a b")|$stageVariables.v|$context.stage' +
        '#set($context.requestOverride.header.X-Amz-Target = "T")#set($context.responseOverride.status = 404)',
      body: '{"a": [1, {"b": 2}]}',
      params,
      context: { stage: 'dev', requestOverride: { header: {}, path: {}, querystring: {} }, responseOverride: { header: {} } },
      stageVariables: { v: 'sv' },
    });
    expect(r).toMatchObject({
      ok: true,
      output: '{"a": [1, {"b": 2}]}|[1,{"b":2}]|{"a":[1,{"b":2}]}|42h|a+b|sv|dev',
      context: { requestOverride: { header: { 'X-Amz-Target': 'T' } }, responseOverride: { status: 404 } },
    });
  });
  it('prints nested $context objects as "" like API Gateway', () => {
    const r = renderTemplate({ template: '[$context.identity][$context.identity.sourceIp]', body: '', context: { identity: { sourceIp: '1.2.3.4' } } });
    expect(r).toMatchObject({ ok: true, output: '[][1.2.3.4]' });
  });
  it('returns typed errors with line and column', () => {
    const r = renderTemplate({ template: 'ok\n  $util.urlDecode("%")', body: '' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'runtime', line: 2 } });
    const p = renderTemplate({ template: '#if(', body: '' });
    expect(p).toMatchObject({ ok: false, error: { kind: 'parse', line: 1, column: 5 } });
  });
});

describe('open question 16: #if($undefined)', () => {
  it('is false by default (spec default) and true with the reference model semantics', () => {
    const t = '#if($nothing)T#{else}F#end#if(!$nothing)T#{else}F#end#if($nothing == "")T#{else}F#end';
    expect(renderTemplate({ template: t, body: '' })).toMatchObject({ output: 'FTT' });
    expect(renderTemplate({ template: t, body: '', undefinedIsFalseInIf: false })).toMatchObject({ output: 'TFT' });
  });
});

describe('open question 16 (nested references)', () => {
  it('judges the outer reference, not its arguments', () => {
    const t = "#set($s = 'x')#if($s.concat($nothing))T#{else}F#end";
    expect(renderTemplate({ template: t, body: '' })).toMatchObject({ output: 'T' });
  });
});
