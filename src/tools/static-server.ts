// A plain static host on loopback for the tools and browser tests: folders served under their paths,
// uncompressed and uncached, and 404 for anything missing, as the strictest host would. Node only.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The types a static host sends for what the game ships; anything else is sent as bytes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

export const contentType = (file: string) => CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';

/**
 * Serves each folder under its path on 127.0.0.1: `{ game: 'dist', 'some/where': 'out' }` answers
 * /game/… from dist and /some/where/… from out; a path ending in / gets its index.html.
 */
export async function serveFolders(mounts: Record<string, string>): Promise<{ server: Server; base: string }> {
  const roots = Object.entries(mounts).map(([at, folder]) => ({ prefix: `/${at}/`, root: path.resolve(folder) }));
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = roots.find(({ prefix }) => pathname.startsWith(prefix));
    const rest = mount ? pathname.slice(mount.prefix.length) : '';
    const file = mount ? path.resolve(mount.root, rest.endsWith('/') || !rest ? `${rest}index.html` : rest) : '';
    if (!mount || !file.startsWith(mount.root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentType(file),
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}
