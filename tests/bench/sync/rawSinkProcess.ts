import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The baselines' trivial HTTP server, run as its own process like the court server (so it does not share
 * an event loop with the load it answers): reads every request body to the end, parses it when it is JSON
 * (the least a server must do with a push), and answers `{"bytes": n}`. It stores nothing. CORS is open so
 * the benchmark page may call it too.
 */
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    if (request.headers['content-type']?.startsWith('application/json') && body.length > 0)
      JSON.parse(body.toString('utf8'));
    response.writeHead(request.method === 'OPTIONS' ? 204 : 200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': '600',
    });
    response.end(request.method === 'OPTIONS' ? undefined : JSON.stringify({ bytes: body.length }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`raw sink listening on http://127.0.0.1:${port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
