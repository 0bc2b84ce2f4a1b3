/**
 * A folder served as files, uncompressed, with a log of what was sent: for the first-load
 * comparison, which serves our build and the template the same way and counts the bytes each sends.
 *
 * Vite's preview server (as scripts/serveBuild.ts runs it) gzips JavaScript, CSS, HTML and JSON
 * for a browser that accepts it, but not GeoJSON (`application/geo+json` is not among its types),
 * images or fonts. Here the request's `Accept-Encoding` is dropped before its compression sees it,
 * so every file goes out as it is on disk and a response's body is the file's size.
 */
import { preview, type Plugin } from 'vite';

/** One request as the server answered it. */
export interface Served {
  /** URL path and query. */
  path: string;
  /** When it arrived (epoch ms). */
  at: number;
  /** Body bytes sent. */
  bytes: number;
  /** HTTP status, 0 until the response is finished. */
  status: number;
}

export interface PlainServer {
  /** `http://127.0.0.1:<port>/` */
  base: string;
  /** Every request since the server started, in order of arrival. */
  log: Served[];
  close(): Promise<void>;
}

const byteLength = (chunk: unknown): number =>
  typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;

/** Serve `dir` on 127.0.0.1 (a free port), without compression and without our Vite config. */
export async function servePlain(dir: string): Promise<PlainServer> {
  const log: Served[] = [];
  const plain: Plugin = {
    name: 'bench-plain',
    configurePreviewServer(server) {
      // Registered here, before the preview server adds its own middlewares (compression first).
      server.middlewares.use((req, res, next) => {
        delete req.headers['accept-encoding'];
        const entry: Served = { path: req.url ?? '', at: Date.now(), bytes: 0, status: 0 };
        log.push(entry);
        const write = res.write.bind(res) as (...args: unknown[]) => boolean;
        const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
        res.write = ((chunk: unknown, ...rest: unknown[]) => {
          entry.bytes += byteLength(chunk);
          return write(chunk, ...rest);
        }) as typeof res.write;
        res.end = ((chunk?: unknown, ...rest: unknown[]) => {
          entry.bytes += byteLength(chunk);
          return end(chunk, ...rest);
        }) as typeof res.end;
        res.on('finish', () => (entry.status = res.statusCode));
        next();
      });
    },
  };
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    plugins: [plain],
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { base: `http://127.0.0.1:${address.port}/`, log, close: () => server.close() };
}
