/**
 * Electron main process: creates the one window, serves the renderer from app://, wires the
 * handler table to ipcMain (validating sender and payload) and builds the translated menu.
 * One of the two files that may import `electron`; everything testable lives elsewhere.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHANNELS, ipcChannel, MENU_EVENT, requestSchemas, type UiLang } from '../shared/api';
import { translate } from '../shared/i18n';
import { buildMenu, type MenuItemSpec } from './menu';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CSP_HEADER, DENIED_NAVIGATION_EVENTS, isAllowedExternalUrl, isTrustedSenderUrl, mainWindowOptions } from './security';
import { createHandlers } from './services/handlers';
import { importFile } from './services/import';
import { exportProject, lexiconLoader } from './services/exporter';
import { contentType, resolveStaticPath } from './services/static-files';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = path.join(__dirname, '..', 'renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(__dirname, '..', '..', 'resources');
const lexicon = lexiconLoader(resourcesDir);
// The renderer tells us its language (setUiLanguage); until then, follow the system once ready.
let uiLang: UiLang = 'en';
let mainWindow: BrowserWindow | null = null;

const t = (key: string) => translate(uiLang, key);

function toElectronMenu(items: MenuItemSpec[]): MenuItemConstructorOptions[] {
  return items.map((item) => ({
    label: item.label,
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    click: item.action ? () => mainWindow?.webContents.send(MENU_EVENT, item.action) : undefined,
    submenu: item.submenu ? toElectronMenu(item.submenu) : undefined,
  }));
}

function installMenu() {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(buildMenu(t, { devTools: !app.isPackaged }))));
}

function registerProtocol() {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CSP_HEADER, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

function registerIpc() {
  const handlers = createHandlers({
    fs: { readFile, writeFile: (f, d) => writeFile(f, d, 'utf8'), mkdir, stat },
    importer: importFile,
    dialog: {
      async openFile({ title, filters }) {
        const options = { title, filters, properties: ['openFile' as const] };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
      },
      async saveFile({ title, defaultName, filters }) {
        const options = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters };
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    },
    exporter: async (project, pair, format, scope, lang, onLoss) => exportProject(project, pair, format, scope, app.getVersion(), lang, await lexicon(), onLoss),
    showItemInFolder: (file) => shell.showItemInFolder(file),
    dataDir: app.getPath('userData'),
    resourcesDir,
    app: { name: 'Selaras', version: app.getVersion(), edition: 'desktop', platform: process.platform },
    t,
    onUiLanguage(lang) {
      uiLang = lang;
      installMenu();
    },
  });
  for (const name of CHANNELS) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame !== event.sender.mainFrame || !isTrustedSenderUrl(frame.url)) {
        throw new Error('untrusted sender');
      }
      const parsed = requestSchemas[name].safeParse(payload ?? null);
      if (!parsed.success) throw new Error(`invalid payload for ${name}`);
      return (handlers[name] as (req: unknown) => Promise<unknown>)(parsed.data);
    });
  }
}

function createWindow() {
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // The renderer's beforeunload handler vetoes closing while there are unsaved changes: ask.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [t('dialogs.leave'), t('dialogs.stay')],
      defaultId: 1,
      cancelId: 1,
      message: t('dialogs.closeUnsaved'),
      detail: t('dialogs.closeDetail'),
    });
    if (choice === 0) event.preventDefault();
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  for (const name of DENIED_NAVIGATION_EVENTS) {
    (contents.on as (event: string, listener: (event: { preventDefault(): void }) => void) => void)(name, (event) => event.preventDefault());
  }
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  uiLang = app.getLocale().toLowerCase().startsWith('id') ? 'id' : 'en';
  // The renderer needs no camera, microphone, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  registerProtocol();
  registerIpc();
  installMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
