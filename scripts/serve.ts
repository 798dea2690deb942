/**
 * Serves a built pane folder over plain HTTP on localhost, for using PhuLuc as a standalone page
 * on files (`npm run serve`) and for the browser tests. Read-only: it serves files, nothing else.
 *
 *   npm run serve            → builds dist/ (development) and serves http://localhost:3001/
 *   PORT=8080 npm run serve  → another port
 */
import { createReadStream, statSync } from 'fs';
import { createServer, type Server } from 'http';
import path from 'path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A running server and its address. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 (port 0 picks a free one). Paths outside `dir` are refused.
 * @example const s = await serveStatic('dist', 0); // s.url === 'http://127.0.0.1:40123/'
 */
export function serveStatic(dir: string, port: number): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'taskpane.html';
    const file = path.resolve(root, rel);
    let size = -1;
    try {
      if (file.startsWith(root + path.sep)) {
        const stat = statSync(file);
        size = stat.isFile() ? stat.size : -1;
      }
    } catch {
      size = -1;
    }
    if (size < 0 || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 3001);
  serveStatic(dir, port).then(
    (s) => {
      const page = `${s.url.replace('127.0.0.1', 'localhost')}taskpane.html`;
      console.log(`PhuLuc (trang web độc lập / standalone page): ${page}`);
      console.log('Ctrl+C để dừng / to stop.');
    },
    (e: unknown) => {
      console.error(
        `Không mở được cổng ${port} / Could not listen on port ${port}: ${e instanceof Error ? e.message : String(e)}`,
      );
      process.exit(1);
    },
  );
}
