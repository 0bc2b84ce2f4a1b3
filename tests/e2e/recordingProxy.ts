/**
 * The HTTP proxy every engine of the contract suite sends its traffic through. A request for one of
 * the test's own origins (the app, the article page) is passed on; any other is written down and
 * refused, so that a test can say "no request left the app's origin" from outside the browser, the
 * same way in every engine. Browsers send requests for the loopback address directly, so the
 * proxy mostly sees the ones that would have left the machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** `127.0.0.1:port`, as browsers' proxy settings take it. */
  address: string;
  /** Every request for another origin, as `origin/path` (or `host:port` for HTTPS tunnels). */
  outside: string[];
  stop(): Promise<void>;
}

export async function startRecordingProxy(allowed: () => string[]): Promise<RecordingProxy> {
  const outside: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://invalid');
    if (!allowed().includes(url.origin)) {
      outside.push(url.href);
      res.writeHead(502).end();
      return;
    }
    const upstream = http.request(url, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS goes through CONNECT: none of our origins is HTTPS, so every tunnel is outside.
  server.on('connect', (req: http.IncomingMessage, socket: import('node:net').Socket) => {
    outside.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    outside,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
