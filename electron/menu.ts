/**
 * The application menu as plain data (no `electron` import), translated by the caller.
 * electron/main.ts turns it into a real Menu; tests check it directly.
 */
import type { MenuAction } from '../shared/api';

export interface MenuItemSpec {
  label?: string;
  role?: 'quit' | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen';
  type?: 'separator';
  accelerator?: string;
  action?: MenuAction;
  submenu?: MenuItemSpec[];
}

export function buildMenu(t: (key: string) => string, options: { devTools: boolean }): MenuItemSpec[] {
  const view: MenuItemSpec[] = [
    { label: t('menu.reload'), role: 'reload' },
    ...(options.devTools ? [{ label: t('menu.toggleDevTools'), role: 'toggleDevTools' as const }] : []),
    { type: 'separator' },
    { label: t('menu.resetZoom'), role: 'resetZoom' },
    { label: t('menu.zoomIn'), role: 'zoomIn' },
    { label: t('menu.zoomOut'), role: 'zoomOut' },
    { type: 'separator' },
    { label: t('menu.fullscreen'), role: 'togglefullscreen' },
  ];
  return [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openA'), accelerator: 'CmdOrCtrl+O', action: 'open-a' },
        { label: t('menu.openB'), accelerator: 'CmdOrCtrl+Shift+O', action: 'open-b' },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    { label: t('menu.view'), submenu: view },
    { label: t('menu.help'), submenu: [{ label: t('menu.about'), action: 'about' }] },
  ];
}
