/**
 * Electron cannot start on our machines, so the two wiring files are tested against a stand-in
 * `electron` module: every call they make is recorded and every hook they install is exercised.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHANNELS, ipcChannel, MENU_EVENT } from '../../shared/api';

type Listener = (...args: unknown[]) => unknown;

const rec = vi.hoisted(() => ({
  ipc: new Map<string, Listener>(),
  appOn: new Map<string, Listener>(),
  windows: [] as Array<{ options: Record<string, unknown>; url?: string; contentsOn: Map<string, Listener> }>,
  protocolHandler: null as null | ((req: Request) => Promise<Response>),
  permissionRequest: null as null | Listener,
  permissionCheck: null as null | Listener,
  exposed: null as null | { key: string; api: Record<string, unknown> },
  invoked: [] as Array<[string, unknown]>,
  rendererOn: new Map<string, Listener>(),
  openExternal: [] as string[],
  ready: null as null | (() => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { on: (e: string, f: Listener) => void; send: Listener };
    constructor(options: Record<string, unknown>) {
      const entry = { options, contentsOn: new Map<string, Listener>() } as (typeof rec.windows)[number];
      rec.windows.push(entry);
      this.webContents = { on: (e, f) => entry.contentsOn.set(e, f), send: () => undefined };
      this.loadURL = (url: string) => {
        entry.url = url;
        return Promise.resolve();
      };
    }
    loadURL: (url: string) => Promise<void>;
    once() {}
    on() {}
    show() {}
    static getAllWindows() {
      return rec.windows;
    }
  }
  return {
    app: {
      on: (e: string, f: Listener) => rec.appOn.set(e, f),
      whenReady: () => new Promise<void>((resolve) => (rec.ready = resolve)),
      getLocale: () => 'id-ID',
      isPackaged: false,
      getVersion: () => '0.1.0',
      getPath: () => mkdtempSync(path.join(os.tmpdir(), 'selaras-wiring-')),
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }), showMessageBoxSync: () => 1 },
    ipcMain: { handle: (channel: string, f: Listener) => rec.ipc.set(channel, f) },
    ipcRenderer: {
      invoke: (channel: string, req: unknown) => {
        rec.invoked.push([channel, req]);
        return Promise.resolve('ok');
      },
      on: (channel: string, f: Listener) => rec.rendererOn.set(channel, f),
      removeListener: (channel: string) => rec.rendererOn.delete(channel),
    },
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (rec.exposed = { key, api }) },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: (_s: string, f: (req: Request) => Promise<Response>) => (rec.protocolHandler = f) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (f: Listener) => (rec.permissionRequest = f),
        setPermissionCheckHandler: (f: Listener) => (rec.permissionCheck = f),
      },
    },
    shell: { openExternal: async (url: string) => void rec.openExternal.push(url), showItemInFolder: () => undefined },
  };
});

const trustedFrame = { url: 'app://selaras/index.html' };
const event = (frame: { url: string } | null, main = frame) => ({ senderFrame: frame, sender: { mainFrame: main } });

describe('electron/main.ts wiring', () => {
  beforeAll(async () => {
    await import('../../electron/main');
    rec.ready!();
    await new Promise((r) => setTimeout(r, 20));
  });

  it('handles every channel of the contract on ipcMain, and nothing else', () => {
    expect([...rec.ipc.keys()].sort()).toEqual(CHANNELS.map(ipcChannel).sort());
  });

  it('refuses calls from other origins, from sub-frames and with invalid payloads', async () => {
    const appInfo = rec.ipc.get(ipcChannel('appInfo'))!;
    await expect(async () => appInfo(event({ url: 'https://evil.example/' }), null)).rejects.toThrow('untrusted sender');
    await expect(async () => appInfo(event(trustedFrame, { url: 'app://selaras/index.html' }), null)).rejects.toThrow('untrusted sender');
    const open = rec.ipc.get(ipcChannel('openTextFile'))!;
    await expect(async () => open(event(trustedFrame), { slot: 'c' })).rejects.toThrow('invalid payload');
    expect(await appInfo(event(trustedFrame), null)).toMatchObject({ name: 'Selaras', edition: 'desktop' });
  });

  it('opens one isolated window on app://', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(rec.windows[0].url).toBe('app://selaras/index.html');
  });

  it('denies navigation, new windows (https links go to the browser) and permissions', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    rec.appOn.get('web-contents-created')!({}, { on: (e: string, f: Listener) => listeners.set(e, f), setWindowOpenHandler: (f: Listener) => (openHandler = f) });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevent = vi.fn();
      listeners.get(name)!({ preventDefault: prevent });
      expect(prevent, name).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    // Only links the app itself shows leave it; it shows none, so nothing is opened.
    expect(rec.openExternal).toEqual([]);
    const answer = vi.fn();
    rec.permissionRequest!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(rec.permissionCheck!()).toBe(false);
  });

  it('serves app:// only from the renderer folder', async () => {
    expect((await rec.protocolHandler!(new Request('app://selaras/../../etc/passwd'))).status).toBe(404);
    expect((await rec.protocolHandler!(new Request('app://other/index.html'))).status).toBe(404);
  });
});

describe('electron/preload.ts', () => {
  beforeAll(async () => {
    await import('../../electron/preload');
  });

  it('exposes exactly the typed API on window.selaras', () => {
    expect(rec.exposed?.key).toBe('selaras');
    expect(Object.keys(rec.exposed!.api).sort()).toEqual([...CHANNELS, 'onMenu'].sort());
  });

  it('forwards each call to its IPC channel and only known menu actions to listeners', async () => {
    const api = rec.exposed!.api as Record<string, (req: unknown) => Promise<unknown>> & { onMenu(l: (a: string) => void): () => void };
    await api.openTextFile({ slot: 'a' });
    expect(rec.invoked.at(-1)).toEqual(['selaras:openTextFile', { slot: 'a' }]);
    const seen: string[] = [];
    const off = api.onMenu((a) => seen.push(a));
    rec.rendererOn.get(MENU_EVENT)!({}, 'save');
    rec.rendererOn.get(MENU_EVENT)!({}, 'rm -rf');
    expect(seen).toEqual(['save']);
    off();
    expect(rec.rendererOn.has(MENU_EVENT)).toBe(false);
  });
});
