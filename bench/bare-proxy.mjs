// Baseline for the HTTP_PROXY case: a bare Node reverse proxy (node:http server, keep-alive agent)
// forwarding method, path, headers and body to the origin given as the first argument.
import { Agent, createServer, request } from 'node:http';

const origin = new URL(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const server = createServer((req, res) => {
  const upstream = request(
    { host: origin.hostname, port: origin.port, method: req.method, path: req.url, headers: { ...req.headers, host: origin.host }, agent },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log(`bare proxy listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
