#!/usr/bin/env node
// Launcher for `npx selaras`: runs the CLI that `npm ci` (prepare) or `npm run build` bundled into dist/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/selaras.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('selaras: the command line is not built yet; run `npm run build` (or `npm ci`) first\n');
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
