import { createConnection, createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

/** A TCP proxy that forwards requests but, for chosen connections, cuts the line as the answer arrives. */
export type DroppingProxy = { url: string; dropped: () => number; close: () => Promise<void> };

/**
 * Forwards every connection to `target`. For each connection where `shouldDrop(n)` is true, the request
 * reaches the server in full (so the server applies it) but the response is thrown away and the client's
 * socket destroyed: the client sees a failure for a batch the server already processed.
 */
export function startDroppingProxy(
  target: URL,
  shouldDrop: (connectionNumber: number) => boolean,
): Promise<DroppingProxy> {
  let connections = 0;
  let dropped = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const n = ++connections;
    const isDropped = shouldDrop(n);
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => upstream.write(chunk));
    let hasDropped = false;
    upstream.on('data', (chunk) => {
      if (isDropped) {
        if (!hasDropped) dropped++;
        hasDropped = true;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    const cleanup = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', cleanup);
    upstream.on('error', cleanup);
    client.on('close', cleanup);
    upstream.on('close', cleanup);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        dropped: () => dropped,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
