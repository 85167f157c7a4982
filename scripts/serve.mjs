#!/usr/bin/env node
// Serves the built app (a folder of static files) on localhost, the way a static host would:
// clean URLs (/settings -> settings.html), the SPA fallback (200.html) for every other path,
// precompressed .br/.gz files when the browser accepts them, and no caching of the service
// worker so a new version is always seen. Each page's Content-Security-Policy also goes out as
// a header. Usage: node scripts/serve.mjs [dir] [--port N]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'build'
);
const port = Number(flag('--port', process.env.PORT ?? 4173));
const host = flag('--host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.txt': 'text/plain; charset=utf-8'
};

const policies = new Map();

/**
 * The Content-Security-Policy of an HTML page, as its own <meta> tag states it (SvelteKit puts
 * the hashes of that page's inline scripts there), sent again as a header with what a <meta>
 * cannot say: no framing by other sites.
 */
async function policyOf(htmlPath) {
  if (!policies.has(htmlPath)) {
    const html = await readFile(htmlPath, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
    policies.set(
      htmlPath,
      meta ? `${meta[1].replace(/&#39;/g, "'")}; frame-ancestors 'none'` : null
    );
  }
  return policies.get(htmlPath);
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file under root; never escapes root. */
async function locate(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const clean = normalize(decoded).replace(/^([/\\])+/, '');
  const base = join(root, clean);
  if (base !== root && !base.startsWith(root + sep)) return null;
  const candidates =
    clean === '' ? [join(root, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  for (const c of candidates) if (await isFile(c)) return { path: c, fallback: false };
  // Asset-like paths that do not exist are real 404s; page paths get the SPA fallback.
  if (extname(clean)) return null;
  const fallback = join(root, '200.html');
  return (await isFile(fallback)) ? { path: fallback, fallback: true } : null;
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const found = await locate(url.pathname);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(found.path)] ?? 'application/octet-stream',
      'Cache-Control': url.pathname.startsWith('/_app/immutable/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding'
    };
    if (extname(found.path) === '.html') {
      const policy = await policyOf(found.path);
      if (policy) headers['Content-Security-Policy'] = policy;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let file = found.path;
    for (const [enc, ext] of [
      ['br', '.br'],
      ['gzip', '.gz']
    ]) {
      if (accepts.includes(enc) && (await isFile(file + ext))) {
        file += ext;
        headers['Content-Encoding'] = enc;
        break;
      }
    }
    const body = await readFile(file);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (err) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error');
    console.error(err);
  }
});

server.listen(port, host, () => {
  console.log(
    `Heard is running at http://${host}:${port}/ (serving ${root}). Press Ctrl+C to stop.`
  );
});
