/**
 * A small static file server for the built site, used by the end-to-end tests and the
 * benchmarks. It resolves URLs the way GitHub Pages does for a Docusaurus build with
 * `trailingSlash: false`: /docs/x → docs/x.html or docs/x/index.html; unknown paths get
 * 404.html with status 404 (under /en/ the English one). Content-hashed files under /assets/
 * may be cached; everything else is fetched afresh. Text is sent gzip-compressed to clients that
 * accept it, as GitHub Pages and other static hosts do: Lighthouse's simulated phone network
 * reads the bytes on the wire, so an uncompressed server made every page look several times
 * heavier (and slower) than it is when hosted.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt']);

/** Gzip bodies by file, kept while the file's modification time is unchanged. */
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();
function gzipped(file: string, mtimeMs: number): Buffer {
  const cached = gzipCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

/** The file the server answers `urlPath` (as sent, percent-encoded) with, or undefined for a 404. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.(\/|\\|$))+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return undefined;
  const candidates = [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(
  root: string,
  port = 0,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const absRoot = normalize(root + sep);
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    let file = resolveFile(absRoot, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      const localized = urlPath.startsWith('/en/')
        ? resolveFile(absRoot, '/en/404.html')
        : undefined;
      file = localized ?? resolveFile(absRoot, '/404.html');
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const stat = statSync(file);
    const gzip =
      compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipped(file, stat.mtimeMs) : undefined;
    res.writeHead(status, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-length': body ? body.length : stat.size,
      ...(compressible.has(extname(file)) ? { vary: 'Accept-Encoding' } : {}),
      ...(body ? { 'content-encoding': 'gzip' } : {}),
      // Scripts and styles under /assets/ carry a hash of their content in their names, so the
      // browser may keep them as a host would let it: each test tab then compiles the shared
      // bundles once, not on every page it opens.
      ...(status === 200 && urlPath.startsWith('/assets/')
        ? { 'cache-control': 'public, max-age=31536000, immutable' }
        : {}),
    });
    if (req.method === 'HEAD') res.end();
    else if (body) res.end(body);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
