// Baseline for the MOCK case: a bare node:http server answering what the MOCK method's template
// renders (a small JSON document with a query parameter, the stage and a request id), keep-alive.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const name = new URL(req.url, 'http://x').searchParams.get('name') ?? '';
  const body = JSON.stringify({ hello: name, stage: 'bench', requestId: randomUUID() });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log(`bare server listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
