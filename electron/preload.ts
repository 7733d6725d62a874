/**
 * Preload: exposes exactly the typed API on `window.selaras` and nothing else.
 * One of the two files that may import `electron`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, ipcChannel, MENU_ACTIONS, MENU_EVENT, type MenuAction, type SelarasApi } from '../shared/api';

const calls = Object.fromEntries(
  CHANNELS.map((name) => [name, (req: unknown) => ipcRenderer.invoke(ipcChannel(name), req ?? null)]),
) as Omit<SelarasApi, 'onMenu'>;

const api = {
  ...calls,
  onMenu(listener: (action: MenuAction) => void) {
    const wrapped = (_event: IpcRendererEvent, action: unknown) => {
      if (typeof action === 'string' && (MENU_ACTIONS as readonly string[]).includes(action)) listener(action as MenuAction);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, wrapped);
    };
  },
} satisfies SelarasApi;

contextBridge.exposeInMainWorld('selaras', api);
