/**
 * JSON reading (json-smart permissive, ordered) and JSONPath (Jayway 2.0 dialect) — expected
 * values observed with the reference model.
 */
import { describe, expect, it } from 'vitest';
import { javaToString, toJsonText } from '../java/to-string.js';
import { JFloat, JInt, JBigDec } from '../java/values.js';
import { readJson } from './json-reader.js';
import { compilePath } from './jsonpath.js';

const DOC = '{"a": 1, "b": "two", "c": [1, 2, 3], "d": {"e": "f", "g": [true, null, "x"]}, "r":[{"id":1,"n":"x"},{"id":2}], "k": null}';
function json(path: string, doc = DOC): string {
  try {
    return toJsonText(compilePath(path).read(readJson(doc)));
  } catch {
    return '<none>';
  }
}

describe('json-smart reading', () => {
  it('keeps Java number types and key order', () => {
    const v = readJson('{"z": 1, "a": 2147483648, "n": 1.50, "e": 1e3, "big": 12345678901234567890, "bd": 1.23456789012345678901}');
    expect(javaToString(v)).toBe('{z=1, a=2147483648, n=1.5, e=1000.0, big=12345678901234567890, bd=1.23456789012345678901}');
    expect(readJson('1')).toBeInstanceOf(JInt);
    expect(readJson('1.0')).toBeInstanceOf(JFloat);
    expect(readJson('1.234567890123456789')).toBeInstanceOf(JBigDec);
  });
  it('is permissive like json-smart', () => {
    expect(javaToString(readJson('some raw data'))).toBe('some raw data');
    expect(javaToString(readJson("{a:1, 'b':'q'}"))).toBe('{a=1, b=q}');
    expect(toJsonText(readJson('[1,2,]'))).toBe('[1,2]');
    expect(toJsonText(readJson('{"a":1} trailing'))).toBe('{"a":1}');
    expect(() => readJson('{"a": ')).toThrow();
  });
});

describe('Jayway JSONPath', () => {
  it.each([
    ['$', DOC.replace(/\s/g, '').replace('[{"id":1', '[{"id":1')],
    ['$.a', '1'],
    ['$.c[0]', '1'],
    ['$.c[-1]', '<none>'],
    ['$.c[-1:]', '[3]'],
    ['$.c[:2]', '[1,2]'],
    ['$.c[0,1]', '[1,2]'],
    ["$['a','b']", '{"a":1,"b":"two"}'],
    ['$.d.*', '["f",[true,null,"x"]]'],
    ['$..[0]', '[1,true,{"id":1,"n":"x"}]'],
    ['$.c[5]', '<none>'],
    ['$.r[?(@.id > 1)]', '[{"id":2}]'],
    ['$.r[?(@.n)]', '[{"id":1,"n":"x"}]'],
    ["$.r[?(@.n == 'x')].id", '[1]'],
    ['$.k', 'null'],
    ['$.k.x', '<none>'],
    ['$.b.x', '<none>'],
    ['$.x[*].y', '[]'],
    ['$.b[*]', '[]'],
    ['$.c.x', '<none>'],
    ['$..id', '[1,2]'],
    ['$..*', '[1,"two",[1,2,3],{"e":"f","g":[true,null,"x"]},[{"id":1,"n":"x"},{"id":2}],null,1,2,3,"f",[true,null,"x"],true,null,"x",{"id":1,"n":"x"},{"id":2},1,"x",2]'],
  ])('%s', (path, expected) => {
    expect(json(path)).toBe(expected);
  });
});
