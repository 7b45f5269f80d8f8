// A static host for dist/ that behaves like a slow phone link: every response waits one round trip
// before its first byte, and all responses share one narrow pipe. It gzips and sets cache headers
// the way a real static host would, so the service worker and HTTP cache behave as in production.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
// Images like PNG are already compressed; hosts only gzip text.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;
const CHUNK = 1024; // bytes per write: small enough that parallel responses interleave like TCP flows
const TICK_MS = 10;

/**
 * @typedef {{ t: number, ms: number, path: string, port: number, status: number, bytes: number, gzip: boolean,
 *   dest: string, reqCacheControl: string }} LogEntry
 * @typedef {{ url: string, stats: () => { bytes: number, requests: number, log: LogEntry[] },
 *   reset: () => void, close: () => Promise<void> }} BenchServer
 */

/**
 * Serves `root` on 127.0.0.1 (random port).
 * @param {{ root: string, latencyMs?: number, bytesPerSecond?: number }} options
 *   latencyMs is added before each response's first byte (one round trip: request up, first byte down);
 *   bytesPerSecond is a single budget shared by every connection. Omit both for an unthrottled server.
 * @returns {Promise<BenchServer>}
 */
export async function startServer({ root, latencyMs = 0, bytesPerSecond = Infinity }) {
  const pipe = bytesPerSecond === Infinity ? null : sharedPipe(bytesPerSecond);
  /** @type {Map<string, Buffer>} gzip once per file, as a host with precompressed assets would */
  const gzipped = new Map();
  const sockets = new Set();
  let closedSocketBytes = 0;
  let baseline = 0;
  let requests = 0;
  let epoch = performance.now();
  /** @type {LogEntry[]} */
  let log = [];
  const wireBytes = () => closedSocketBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0);

  const server = createServer((req, res) => {
    requests++;
    handle(req, res).catch((error) => {
      console.error(`bench server: ${req.url}: ${error}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const started = performance.now();
    const file = await resolveFile(root, new URL(req.url ?? '/', 'http://x').pathname);
    const headers = {};
    let status = 404;
    let body = Buffer.from('Not found');
    let gzip = false;
    if (file) {
      const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
      // Only hashed build output may be cached for good; everything else must be revalidated.
      const immutable = file.urlPath.startsWith('/assets/');
      gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const etag = `"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}${gzip ? '-gz' : ''}"`;
      Object.assign(headers, {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
        Vary: 'Accept-Encoding',
      });
      if (req.headers['if-none-match'] === etag) {
        status = 304;
        body = Buffer.alloc(0);
      } else {
        status = 200;
        body = await readFile(file.path);
        if (gzip) {
          if (!gzipped.has(file.path)) gzipped.set(file.path, gzipSync(body, { level: 9 }));
          body = /** @type {Buffer} */ (gzipped.get(file.path));
          headers['Content-Encoding'] = 'gzip';
        }
      }
    }
    headers['Content-Length'] = String(body.length);
    if (req.method === 'HEAD') body = Buffer.alloc(0);
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    res.writeHead(status, headers);
    if (pipe) {
      // Headers ride in the same pipe: charge roughly what they cost on the wire.
      const headerBytes = 17 + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 2);
      await pipe.send(res, body, headerBytes);
    } else {
      res.end(body);
    }
    log.push({
      t: Math.round(started - epoch),
      ms: Math.round(performance.now() - started),
      path: req.url ?? '',
      port: req.socket.remotePort ?? 0, // the client's connection, to see how many run in parallel
      status,
      bytes: body.length,
      gzip,
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
      reqCacheControl: String(req.headers['cache-control'] ?? ''),
    });
  }
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedSocketBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => ({ bytes: wireBytes() - baseline, requests, log: [...log] }),
    reset: () => {
      baseline = wireBytes();
      requests = 0;
      log = [];
      epoch = performance.now();
    },
    close: async () => {
      pipe?.stop();
      // close() alone waits for keep-alive sockets to go idle; a dead host drops them at once.
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * Maps a URL path to a file under root: the file itself, or index.html for "/" and for unknown
 * extension-less paths (the app routes those itself). Anything else is a 404.
 * @param {string} root
 * @param {string} urlPath
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return { path, urlPath: decoded, size: info.size, mtimeMs: info.mtimeMs };
  if (extname(decoded) !== '') return null;
  const index = join(root, 'index.html');
  const indexInfo = await stat(index);
  return { path: index, urlPath: '/index.html', size: indexInfo.size, mtimeMs: indexInfo.mtimeMs };
}

/**
 * One token bucket for the whole link. Active responses take turns (round robin, CHUNK bytes each),
 * so parallel downloads share the bandwidth instead of each getting the full rate.
 * @param {number} bytesPerSecond
 */
function sharedPipe(bytesPerSecond) {
  /** @type {{ res: import('node:http').ServerResponse, body: Buffer, pos: number, headerBytes: number, done: () => void }[]} */
  const queue = [];
  let tokens = 0;
  let last = performance.now();
  /** @type {NodeJS.Timeout | null} */
  let timer = null;

  function pump() {
    timer = null;
    const now = performance.now();
    // A small bucket: an idle link must not save up a burst bigger than a couple of chunks.
    tokens = Math.min(tokens + ((now - last) * bytesPerSecond) / 1000, 2 * CHUNK);
    last = now;
    while (queue.length && tokens >= 1) {
      const job = /** @type {(typeof queue)[number]} */ (queue.shift());
      const total = job.headerBytes + job.body.length;
      const n = Math.min(CHUNK, Math.floor(tokens), total - job.pos);
      // The first headerBytes of the budget pay for the header; the rest carries body bytes.
      const from = Math.max(0, job.pos - job.headerBytes);
      const to = Math.max(0, job.pos + n - job.headerBytes);
      if (to > from && !job.res.destroyed) job.res.write(job.body.subarray(from, to));
      job.pos += n;
      tokens -= n;
      if (job.pos < total && !job.res.destroyed) queue.push(job);
      else {
        job.res.end();
        job.done();
      }
    }
    if (queue.length) timer = setTimeout(pump, TICK_MS);
  }

  return {
    /** @param {import('node:http').ServerResponse} res @param {Buffer} body @param {number} headerBytes */
    send: (res, body, headerBytes) =>
      new Promise((done) => {
        queue.push({ res, body, pos: 0, headerBytes, done: () => done(undefined) });
        if (!timer) pump();
      }),
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      for (const job of queue.splice(0)) job.done();
    },
  };
}
