import { describe, expect, it } from 'vitest';
import { originMap } from './serve-command.js';

describe('--upstream / --vpc-link values', () => {
  it('maps names to origins', () => {
    expect(originMap('--upstream', 'HOST', ['api.example.com=http://127.0.0.1:8080', 'b.example:8443=https://localhost:9443/'])).toEqual(
      new Map([['api.example.com', 'http://127.0.0.1:8080'], ['b.example:8443', 'https://localhost:9443']]),
    );
  });

  it.each(['api.example.com', '=http://127.0.0.1:1', 'a=127.0.0.1:8080', 'a=ftp://h', 'a=http://h/path', 'a=http://h?q'])('refuses %s', (entry) => {
    expect(() => originMap('--upstream', 'HOST', [entry])).toThrow(`--upstream expects HOST=ORIGIN such as api.example.com=http://127.0.0.1:8080, got '${entry}'`);
  });
});
