import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { startBridge, bodyLimit, MAX_ACTIVE_CALLS, MAX_WAITING_CALLS, TOKEN_HEADER, type Bridge } from '../../../electron/services/bridge';
import type { Handlers } from '../../../shared/api';
import { MAX_PROJECT_BYTES } from '../../../shared/project/limits';

const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bridge-limits-'));
mkdirSync(path.join(dir, 'static'));
writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>t</title>');

let inside = 0;
let most = 0;
let open: () => void = () => undefined;
let gate = Promise.resolve();
const handlers = {
  appInfo: async () => {
    inside++;
    most = Math.max(most, inside);
    await gate;
    inside--;
    return { name: 'Selaras', version: '1', edition: 'browser', platform: 'linux' };
  },
} as unknown as Handlers;

let bridge: Bridge;
beforeAll(async () => {
  bridge = await startBridge({ handlers, staticDir: path.join(dir, 'static') });
});
afterAll(() => bridge.close());

/** A POST whose declared length may exceed what is sent; resolves with the status. */
function post(call: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: `/api/${call}`, method: 'POST', headers: { [TOKEN_HEADER]: bridge.token, ...headers }, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? resolve(-1) : reject(err)));
    req.write(body);
    // The body is left unfinished on purpose when a larger length is declared.
    if (!headers['content-length']) req.end();
  });
}

describe('browser bridge: memory per request', () => {
  it('bounds each call\'s body by what it can carry (a project: what the loader reads)', () => {
    expect(bodyLimit('saveProject')).toBeLessThanOrEqual(MAX_PROJECT_BYTES + 64 * 1024);
    expect(bodyLimit('readDroppedFile')).toBeLessThan(80 * 1024 * 1024);
    expect(bodyLimit('appInfo')).toBeLessThanOrEqual(1024 * 1024);
  });

  it('refuses a declared body above the limit at once, without reading it', async () => {
    const started = Date.now();
    const status = await post('saveProject', '{', { 'content-length': String(300 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await post('appInfo', 'null', { 'content-length': String(2 * 1024 * 1024) })).toBe(413);
  });
});

describe('browser bridge: concurrent calls', () => {
  it(`handles at most ${MAX_ACTIVE_CALLS} at once, queues ${MAX_WAITING_CALLS}, and says 503 beyond`, async () => {
    gate = new Promise<void>((resolve) => (open = resolve));
    most = 0;
    const total = MAX_ACTIVE_CALLS + MAX_WAITING_CALLS + 20;
    const statuses = Array.from({ length: total }, () => post('appInfo', 'null'));
    // Let every request arrive, then release the handlers.
    await new Promise((r) => setTimeout(r, 1500));
    open();
    const done = await Promise.all(statuses);
    expect(most).toBeLessThanOrEqual(MAX_ACTIVE_CALLS);
    expect(done.filter((s) => s === 200)).toHaveLength(MAX_ACTIVE_CALLS + MAX_WAITING_CALLS);
    expect(done.filter((s) => s === 503)).toHaveLength(20);
    // Once they are done, calls are served again.
    expect(await post('appInfo', 'null')).toBe(200);
  }, 30_000);
});
