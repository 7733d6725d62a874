import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { startBridge, TOKEN_HEADER, type Bridge } from '../../../electron/services/bridge';
import type { Handlers } from '../../../shared/api';
import { decodeWire, encodeWire } from '../../../shared/wire';

const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bridge-'));
mkdirSync(path.join(dir, 'static'));
writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');

const seen: unknown[] = [];
const handlers = {
  appInfo: async () => ({ name: 'Selaras', version: '1', edition: 'browser', platform: 'linux' }),
  readDroppedFile: async (req: { name: string; bytes: Uint8Array }) => {
    seen.push(req);
    return { ok: true, value: { name: req.name, text: String(req.bytes.length), lang: 'en', encoding: 'utf-8', format: 'text', bytes: req.bytes.length } };
  },
} as unknown as Handlers;

let bridge: Bridge;
beforeAll(async () => {
  bridge = await startBridge({ handlers, staticDir: path.join(dir, 'static') });
});
afterAll(() => bridge.close());

function raw(pathname: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, path: pathname, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('browser bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(bridge.openUrl).toBe(`${bridge.url}#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(24);
  });

  it('refuses an API request without the token (403) or with a wrong one', async () => {
    expect((await raw('/api/appInfo', { method: 'POST', body: 'null' })).status).toBe(403);
    expect((await raw('/api/appInfo', { method: 'POST', body: 'null', headers: { [TOKEN_HEADER]: 'nope' } })).status).toBe(403);
  });

  it('answers with the token and passes bytes through the wire codec', async () => {
    const ok = await raw('/api/appInfo', { method: 'POST', body: 'null', headers: { [TOKEN_HEADER]: bridge.token } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ name: 'Selaras', edition: 'browser' });
    const res = await raw('/api/readDroppedFile', {
      method: 'POST',
      body: encodeWire({ name: 'a.txt', bytes: new Uint8Array([65, 66, 67]) }),
      headers: { [TOKEN_HEADER]: bridge.token, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    expect((decodeWire(res.body) as { value: { text: string } }).value.text).toBe('3');
    expect((seen[0] as { bytes: Uint8Array }).bytes).toBeInstanceOf(Uint8Array);
  });

  it('validates payloads and names', async () => {
    const headers = { [TOKEN_HEADER]: bridge.token };
    expect((await raw('/api/readDroppedFile', { method: 'POST', body: '{"name":3}', headers })).status).toBe(400);
    expect((await raw('/api/readDroppedFile', { method: 'POST', body: '{not json', headers })).status).toBe(400);
    expect((await raw('/api/deleteEverything', { method: 'POST', body: 'null', headers })).status).toBe(404);
    expect((await raw('/api/appInfo', { method: 'GET', headers })).status).toBe(405);
  });

  it('refuses foreign origins and foreign Host headers (DNS rebinding)', async () => {
    const headers = { [TOKEN_HEADER]: bridge.token };
    expect((await raw('/api/appInfo', { method: 'POST', body: 'null', headers: { ...headers, origin: `http://localhost:${bridge.port}` } })).status).toBe(200);
    expect((await raw('/api/appInfo', { method: 'POST', body: 'null', headers: { ...headers, origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw('/', { headers: { host: `evil.example:${bridge.port}` } })).status).toBe(421);
  });

  it('serves the app with a CSP header and never a file outside it', async () => {
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await raw('/../secret.txt')).status).toBe(404);
    expect((await raw('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await raw('/..%2fsecret.txt')).status).toBe(404);
  });
});

describe('browser bridge: big fields as raw bodies', () => {
  it('takes `bytes` as an octet-stream body with the other parameters in a header', async () => {
    const res = await raw('/api/readDroppedFile', {
      method: 'POST',
      body: 'hello',
      headers: {
        [TOKEN_HEADER]: bridge.token,
        'content-type': 'application/octet-stream',
        'x-selaras-body': 'bytes',
        'x-selaras-params': encodeURIComponent(JSON.stringify({ name: 'raw.txt' })),
      },
    });
    expect(res.status).toBe(200);
    expect((decodeWire(res.body) as { value: { name: string; text: string } }).value).toMatchObject({ name: 'raw.txt', text: '5' });
  });

  it('still validates what arrives that way', async () => {
    const headers = { [TOKEN_HEADER]: bridge.token, 'x-selaras-body': 'bytes' };
    expect((await raw('/api/readDroppedFile', { method: 'POST', body: 'x', headers: { ...headers, 'x-selaras-params': '%7B%7D' } })).status).toBe(400);
    expect((await raw('/api/readDroppedFile', { method: 'POST', body: 'x', headers: { ...headers, 'x-selaras-params': 'not json' } })).status).toBe(400);
  });
});
