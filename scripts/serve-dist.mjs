// A small static server for the built site, on loopback only, as a static host would serve it:
// directory index.html, the site's 404.html with status 404, and the headers from public/_headers.
//   node scripts/serve-dist.mjs [dist] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream', '.ico': 'image/x-icon',
};

/** Text worth compressing; Pagefind's index files are gzip inside already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** `compress: true` answers in brotli or gzip as a production host would (the bench uses it). */
export function serveDist(root = 'dist', port = 4329, host = '127.0.0.1', { compress = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        path = join(path, 'index.html');
      }
      let body = await readFile(path);
      const headers = { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (compress && compressible.has(extname(path))) {
        headers['Vary'] = 'Accept-Encoding';
        if (/\bbr\b/.test(accepts)) {
          body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
          headers['Content-Encoding'] = 'br';
        } else if (/\bgzip\b/.test(accepts)) {
          body = gzipSync(body, { level: 6 });
          headers['Content-Encoding'] = 'gzip';
        }
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root = 'dist', port = '4329'] = process.argv.slice(2);
  await serveDist(root, Number(port));
  console.log(`Serving ${root}/ on http://127.0.0.1:${port}/`);
}
