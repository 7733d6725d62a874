/**
 * The browser bridge: serves the built renderer and the very same handler table over HTTP,
 * on 127.0.0.1 only, guarded by a random per-run token. The browser edition and the end-to-end
 * tests run the real UI through it.
 */
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { BODY_HEADER, isChannel, PARAMS_HEADER, requestSchemas, TOKEN_HEADER, type Handlers, type Channel, MAX_PROJECT_JSON, MAX_TEXT_BYTES } from '../../shared/api';
import { MAX_PROJECT_BYTES } from '../../shared/project/limits';
import { decodeWire, encodeWire } from '../../shared/wire';
import { CSP_HEADER } from '../security';
import { contentType, resolveStaticPath } from './static-files';

// See renderer/api/bridge-client.ts: a big `bytes` or `json` field may come as the raw body.
export { TOKEN_HEADER } from '../../shared/api';
const HOST = '127.0.0.1';
const KB = 1024;
/** Calls whose request carries a whole project (as a raw body). */
const PROJECT_CALLS = new Set<Channel>(['openProjectBytes', 'saveProject', 'writeRecovery', 'exportProject']);
/** Calls whose request carries a text file (raw, or base64 in the wire JSON). */
const TEXT_CALLS = new Set<Channel>(['readDroppedFile']);
/** A body above this is "big": big bodies are read one at a time. */
const BIG_BODY = 1024 * KB;

/**
 * The largest request body a call may send: a project no larger than the loader reads, a text
 * file no larger than the importer reads (base64 in JSON), and small JSON for the rest.
 */
export function bodyLimit(channel: Channel): number {
  if (PROJECT_CALLS.has(channel)) return Math.min(MAX_PROJECT_BYTES, MAX_PROJECT_JSON) + 64 * KB;
  if (TEXT_CALLS.has(channel)) return Math.ceil(MAX_TEXT_BYTES * 1.4) + 64 * KB;
  return BIG_BODY;
}

/** API calls handled at once, and waiting beyond those; further calls get 503 until some finish. */
export const MAX_ACTIVE_CALLS = 8;
export const MAX_WAITING_CALLS = 64;

/** A counting semaphore with a bounded queue. */
class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(
    private readonly size: number,
    private readonly queue: number,
  ) {}
  /** Resolves to a release function, or null when the queue is full. */
  async enter(): Promise<(() => void) | null> {
    if (this.active >= this.size) {
      if (this.waiting.length >= this.queue) return null;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}

export interface BridgeOptions {
  handlers: Handlers;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token (tests); random otherwise. */
  token?: string;
}

export interface Bridge {
  url: string;
  /** The URL to open, token included (in the fragment, so it never reaches logs or Referer headers). */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Uint8Array, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, keep reading (and dropping) so that the client gets its 413.
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Says 413 and closes the connection without reading the body. */
function tooLarge(res: http.ServerResponse): void {
  send(res, 413, encodeWire({ error: 'payload too large' }), 'application/json', { Connection: 'close' });
}

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const allowedHosts = new Set<string>();
  const allowedOrigins = new Set<string>();
  // Memory stays bounded: at most MAX_ACTIVE_CALLS calls at once, of which one with a big (or
  // undeclared) body, held until that call is answered.
  const calls = new Gate(MAX_ACTIVE_CALLS, MAX_WAITING_CALLS);
  const bigBodies = new Gate(1, MAX_WAITING_CALLS);

  const server = http.createServer(async (req, res) => {
    try {
      // Refuse DNS-rebinding: the Host header must name this loopback server.
      if (!req.headers.host || !allowedHosts.has(req.headers.host)) {
        send(res, 421, 'misdirected request', 'text/plain; charset=utf-8');
        return;
      }
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/api/')) {
        await handleApi(req, res, url.pathname.slice('/api/'.length));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'method not allowed', 'text/plain; charset=utf-8');
        return;
      }
      const file = resolveStaticPath(options.staticDir, url.pathname);
      if (!file) {
        send(res, 404, 'not found', 'text/plain; charset=utf-8');
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        send(res, 404, 'not found', 'text/plain; charset=utf-8');
        return;
      }
      send(res, 200, body, contentType(file), { 'Content-Security-Policy': CSP_HEADER });
    } catch (err) {
      if (!res.headersSent) send(res, 500, 'internal error', 'text/plain; charset=utf-8');
      process.stderr.write(`bridge: ${(err as Error).message}\n`);
    }
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string) {
    const given = req.headers[TOKEN_HEADER];
    if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
      send(res, 403, encodeWire({ error: 'forbidden' }), 'application/json');
      return;
    }
    const reqOrigin = req.headers.origin;
    if (reqOrigin && !allowedOrigins.has(reqOrigin)) {
      send(res, 403, encodeWire({ error: 'forbidden origin' }), 'application/json');
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, encodeWire({ error: 'method not allowed' }), 'application/json');
      return;
    }
    if (!isChannel(name)) {
      send(res, 404, encodeWire({ error: 'unknown call' }), 'application/json');
      return;
    }
    const limit = bodyLimit(name);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) {
      tooLarge(res);
      return;
    }
    const leave = await calls.enter();
    if (!leave) {
      send(res, 503, encodeWire({ error: 'busy' }), 'application/json', { 'Retry-After': '1' });
      return;
    }
    let leaveBig: (() => void) | null = null;
    try {
      if (!(declared <= BIG_BODY)) {
        leaveBig = await bigBodies.enter();
        if (!leaveBig) {
          send(res, 503, encodeWire({ error: 'busy' }), 'application/json', { 'Retry-After': '1' });
          return;
        }
      }
      await serveCall(req, res, name, limit);
    } finally {
      leaveBig?.();
      leave();
    }
  }

  async function serveCall(req: http.IncomingMessage, res: http.ServerResponse, name: Channel, limit: number) {
    const body = await readBody(req, limit);
    if (body === null) {
      tooLarge(res);
      return;
    }
    let payload: unknown;
    try {
      const field = req.headers[BODY_HEADER];
      if (field === 'bytes' || field === 'json') {
        const header = req.headers[PARAMS_HEADER];
        const params: unknown = JSON.parse(decodeURIComponent(typeof header === 'string' ? header : '{}'));
        if (!params || typeof params !== 'object' || Array.isArray(params)) throw new Error('bad params');
        const value = field === 'bytes' ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : body.toString('utf8');
        payload = { ...(params as Record<string, unknown>), [field]: value };
      } else {
        const text = body.toString('utf8');
        payload = text === '' ? null : decodeWire(text);
      }
    } catch {
      send(res, 400, encodeWire({ error: 'malformed JSON' }), 'application/json');
      return;
    }
    const channel: Channel = name;
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      send(res, 400, encodeWire({ error: 'invalid request' }), 'application/json');
      return;
    }
    const handler = options.handlers[channel] as (req: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    send(res, 200, encodeWire(result), 'application/json');
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${HOST}:${port}`;
      allowedHosts.add(`${HOST}:${port}`);
      allowedHosts.add(`localhost:${port}`);
      for (const host of allowedHosts) allowedOrigins.add(`http://${host}`);
      resolve({
        url: `${origin}/`,
        openUrl: `${origin}/#token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
