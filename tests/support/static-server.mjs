// A small static file server for the built app: correct MIME types (wasm
// included), an optional sub-path, and nothing else. Used by the serve
// command and by the end-to-end tests.
//
//   node tests/support/static-server.mjs [--dir dist] [--port 8080] [--base /]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `dir` under `base` (e.g. "/" or "/tools/skippertak/").
 * Resolves to { url, port, close() }.
 */
export async function serveStatic({ dir, port = 0, base = '/', host = '127.0.0.1' }) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        if (`${path}/` === prefix) {
          res.writeHead(301, { Location: prefix });
          return res.end();
        }
        res.writeHead(404);
        return res.end('Not found');
      }
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403);
        return res.end('Forbidden');
      }
      const info = await stat(file).catch(() => null);
      // Like a plain static host: a folder serves its index.html, a missing file is a 404.
      if (info?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404);
      res.end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}${prefix}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serveStatic({
    dir: arg('dir', 'dist'),
    port: Number(arg('port', process.env.PORT ?? 8080)),
    base: arg('base', '/'),
  });
  console.log(`Skippertak is running at ${url}  (Ctrl+C to stop)`);
}
