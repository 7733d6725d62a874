import { describe, expect, it } from 'vitest';
import { safeApi } from '../../renderer/api';
import type { SelarasApi } from '../../shared/api';
import { BridgeStatusError } from '../../renderer/api/bridge-client';
import { translate } from '../../shared/i18n';

const failing = new Proxy({} as SelarasApi, {
  get: (_t, name) => (name === 'onMenu' ? () => () => {} : () => Promise.reject(new Error(`bridge: ${String(name)} answered 500`))),
});
// Object.entries needs real keys: list the calls the wrapper should see.
const calls = ['saveProject', 'exportProject', 'listRecent', 'clearRecovery', 'appInfo', 'onMenu'] as const;
const raw = Object.fromEntries(calls.map((c) => [c, (failing as unknown as Record<string, unknown>)[c]])) as unknown as SelarasApi;

describe('safeApi: no call rejects where the UI expects data', () => {
  it('turns a transport failure of a Result call into a translated error', async () => {
    const api = safeApi(raw);
    const r = await api.saveProject({ json: '{}', name: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'transport', messageKey: 'errors.unknown', params: { message: 'bridge: saveProject answered 500' } } });
    expect((await api.exportProject({ json: '{}', pair: 0, format: 'tmx', scope: 'all', name: 'x' })).ok).toBe(false);
  });
  it('gives conveniences a harmless fallback and lets other failures through', async () => {
    const api = safeApi(raw);
    expect(await api.listRecent(null)).toEqual([]);
    expect(await api.clearRecovery(null)).toBeNull();
    await expect(api.appInfo(null)).rejects.toThrow('answered 500');
  });
  it('a call the browser edition\'s server refuses for want of its token (403) says so in words', async () => {
    const refused = { ...raw, saveProject: () => Promise.reject(new BridgeStatusError('saveProject', 403)) } as SelarasApi;
    const r = await safeApi(refused).saveProject({ json: '{}', name: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'transport', messageKey: 'errors.webToken' } });
    for (const lang of ['en', 'id'] as const) expect(translate(lang, 'errors.webToken')).toContain('#token=');
  });
});
