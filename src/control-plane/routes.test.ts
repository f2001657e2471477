import { describe, expect, it } from 'vitest';
import { serviceModel } from '../aws-model/service-model.js';
import { Router } from './routes.js';

const router = new Router(serviceModel);
const match = (method: string, path: string, query = '') => router.match(method, path, new URLSearchParams(query));

describe('Router (from the service model)', () => {
  it('maps every operation of the model to itself', () => {
    for (const op of Object.values(serviceModel.operations)) {
      const [path = '', query = ''] = op.http.requestUri.split('?');
      const concrete = path.replace(/\{[^}]+\}/g, 'x1');
      const m = match(op.http.method, concrete, query);
      expect('operation' in m && m.operation, `${op.name} ${op.http.method} ${concrete}`).toBe(op.name);
    }
  });

  it('prefers literal segments and query constraints', () => {
    expect(match('POST', '/restapis')).toMatchObject({ operation: 'CreateRestApi' });
    expect(match('POST', '/restapis', 'mode=import')).toMatchObject({ operation: 'ImportRestApi' });
    expect(match('GET', '/restapis/abc/resources/def/methods/GET/integration')).toMatchObject({
      operation: 'GetIntegration',
      labels: { restapi_id: 'abc', resource_id: 'def', http_method: 'GET' },
    });
  });

  it('percent-decodes labels and refuses broken encodings', () => {
    expect(match('GET', '/restapis/a%2Fb')).toMatchObject({ operation: 'GetRestApi', labels: { restapi_id: 'a/b' } });
    expect(match('GET', '/restapis/%E0%A4%A')).toEqual({ error: 'bad-encoding' });
    expect(match('GET', '/nope')).toEqual({ error: 'not-found' });
    expect(match('BREW', '/restapis')).toEqual({ error: 'not-found' });
  });
});
