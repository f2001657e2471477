import { describe, expect, it } from 'vitest';
import { JMap, renderVelocity, trackedMapWrites } from '../vtl/index.js';
import { fromJava, toJava } from './context.js';
import { isStaticTemplate, renderTemplate } from './render.js';

describe('renderTemplate: what it keeps between renders', () => {
  it('renders a cached parse with each call’s own input', () => {
    const template = '$input.path("$.n") $context.stage';
    const a = renderTemplate({ template, body: '{"n": 1}', context: { stage: 'dev' } });
    const b = renderTemplate({ template, body: '{"n": 2}', context: { stage: 'prod' } });
    expect(a.ok && a.output).toBe('1 dev');
    expect(b.ok && b.output).toBe('2 prod');
  });

  it('renders text without references or directives as itself, even past Velocity-looking text', () => {
    // The engine itself, without the shortcut, agrees.
    for (const t of ['{"statusCode": 200}', 'a\\b \\\\ {} \r\n\t "quoted" \'single\' ]]', '', '\u00e9\u{1F600}']) {
      expect(isStaticTemplate(t)).toBe(true);
      const r = renderTemplate({ template: t, body: '' });
      expect(r.ok && r.output).toBe(renderVelocity(t, []));
    }
    expect(isStaticTemplate('{"a": 1}')).toBe(true);
    expect(isStaticTemplate('$x')).toBe(false);
    expect(isStaticTemplate('#set($a = 1)')).toBe(false);
    expect(isStaticTemplate('x'.repeat(300 * 1024 + 1))).toBe(false); // too large: the parser reports it
  });

  it('reports whether the template wrote to $context', () => {
    const read = renderTemplate({ template: '$context.stage #set($m = {})$m.put("a", 1)', body: '', context: { stage: 's', requestOverride: { header: {} } } });
    expect(read.ok && read.contextChanged).toBe(false);
    const wrote = renderTemplate({ template: '#set($context.requestOverride.header.X = "1")', body: '', context: { stage: 's', requestOverride: { header: {} } } });
    expect(wrote.ok && wrote.contextChanged).toBe(true);
    expect(wrote.ok && wrote.context).toEqual({ stage: 's', requestOverride: { header: { X: '1' } } });
  });

  it('shares a converted $context between renders: the second template sees what the first set', () => {
    const javaContext = toJava({ stage: 'dev', requestOverride: { path: {} } }, { opaqueNested: true, tracked: true, lazy: true }) as JMap;
    const first = renderTemplate({ template: '#set($context.requestOverride.path.body = "x")#set($context.custom = {"k": "v"})', body: '', javaContext });
    expect(first.ok && first.contextChanged).toBe(true);
    // A map the first template added is tracked from then on.
    const second = renderTemplate({ template: '$context.requestOverride.path.body $context.custom.k $context.custom.put("k", "w")', body: '', javaContext });
    expect(second.ok && second.output).toBe('x v v');
    expect(second.ok && second.contextChanged).toBe(true);
    expect(fromJava(javaContext)).toEqual({ stage: 'dev', requestOverride: { path: { body: 'x' } }, custom: { k: 'w' } });
  });
});

describe('JMap.fromObject', () => {
  it('converts the values it is asked for, once, then the rest in order; none of that is a write', () => {
    const converted: string[] = [];
    const map = JMap.fromObject({ a: 'x', b: 'y', c: 'z' }, (v: string) => {
      converted.push(v);
      return v.toUpperCase();
    });
    map.tracked = true;
    const before = trackedMapWrites();
    expect(map.get('b')).toBe('Y');
    expect(map.get('b')).toBe('Y');
    expect(map.has('c')).toBe(true);
    expect(map.get('missing')).toBe(null);
    expect(converted).toEqual(['y']);
    expect(map.keys()).toEqual(['a', 'b', 'c']);
    expect(map.values()).toEqual(['X', 'Y', 'Z']);
    expect(converted).toEqual(['y', 'x', 'z']);
    expect(trackedMapWrites()).toBe(before);
    expect(map.mod).toBe(0);
    map.put('d', 'w');
    expect(trackedMapWrites()).toBe(before + 1);
    expect(map.keys()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps one converted object per key, so writes through it stick', () => {
    const map = toJava({ nested: { deep: 'y' } }, { lazy: true }) as JMap;
    (map.get('nested') as JMap).put('deep', 'changed');
    expect(fromJava(map)).toEqual({ nested: { deep: 'changed' } });
  });
});
