/**
 * The application menu as plain data (no `electron` import), translated by the caller.
 * electron/main.ts turns it into a real Menu; tests check it directly.
 */
import type { MenuAction } from '../shared/api';

export interface MenuItemSpec {
  label?: string;
  role?: 'quit' | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'cut' | 'copy' | 'paste' | 'selectAll';
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
        { label: t('menu.newProject'), accelerator: 'CmdOrCtrl+N', action: 'new' },
        { label: t('menu.openProject'), accelerator: 'CmdOrCtrl+Shift+P', action: 'open-project' },
        { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', action: 'save' },
        { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', action: 'save-as' },
        { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', action: 'export' },
        { type: 'separator' },
        { label: t('menu.openA'), accelerator: 'CmdOrCtrl+O', action: 'open-a' },
        { label: t('menu.openB'), accelerator: 'CmdOrCtrl+Shift+O', action: 'open-b' },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // Undo/redo go to the renderer, which undoes text in a focused field or the project otherwise.
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', action: 'undo' },
        { label: t('menu.redo'), accelerator: 'CmdOrCtrl+Shift+Z', action: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    { label: t('menu.view'), submenu: view },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.keys'), action: 'help' },
        { label: t('menu.about'), action: 'about' },
      ],
    },
  ];
}
