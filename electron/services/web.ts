/**
 * The browser edition: the handler table with Node dependencies (no native dialog: the page
 * uses the browser's file picker) behind the loopback bridge.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBridge, type Bridge } from './bridge';
import { createHandlers } from './handlers';
import { importFile } from './import';
import { exportProject, lexiconLoader } from './exporter';

export interface WebOptions {
  /** The repository (or installed app) root: holds dist/renderer and resources/. */
  root: string;
  port?: number;
  token?: string;
  /** Where recent files are kept (default: ~/.config/selaras-web). */
  dataDir?: string;
  version?: string;
}

export function startWeb(options: WebOptions): Promise<Bridge> {
  const lexicon = lexiconLoader(path.join(options.root, 'resources'));
  const handlers = createHandlers({
    fs: { readFile, writeFile: (f, d) => writeFile(f, d, 'utf8'), mkdir, stat },
    importer: importFile,
    dataDir: options.dataDir ?? path.join(os.homedir(), '.config', 'selaras-web'),
    resourcesDir: path.join(options.root, 'resources'),
    app: { name: 'Selaras', version: options.version ?? '0.0.0', edition: 'browser', platform: process.platform },
    exporter: async (project, pair, format, scope, lang, onLoss) => exportProject(project, pair, format, scope, options.version ?? '0.0.0', lang, await lexicon(), onLoss),
  });
  return startBridge({
    handlers,
    staticDir: path.join(options.root, 'dist', 'renderer'),
    port: options.port,
    token: options.token,
  });
}
