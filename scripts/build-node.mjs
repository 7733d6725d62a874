// Bundles the Node-side entry points with esbuild (fast enough to run on every `npm ci`):
// Electron main + preload (CommonJS, `electron` external), the browser-edition server and the CLI.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const common = { define: { __SELARAS_VERSION__: JSON.stringify(version) }, bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning', packages: 'external' };
const jobs = [
  { entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron'] },
  // Sandboxed preloads cannot require node_modules: bundle everything except electron.
  { entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'], packages: undefined },
  { entryPoints: ['electron/web-serve.ts'], outfile: 'dist/web/serve.mjs', format: 'esm' },
];
// The CLI is split into chunks so that each command loads only what it needs (start-up time);
// the batch command's worker threads run dist/cli/batch-worker.mjs.
if (existsSync('cli/main.ts')) {
  rmSync('dist/cli/chunks', { recursive: true, force: true }); // chunk names change with their content
  const entryPoints = { selaras: 'cli/main.ts' };
  if (existsSync('cli/batch-worker.ts')) entryPoints['batch-worker'] = 'cli/batch-worker.ts';
  jobs.push({ entryPoints, outdir: 'dist/cli', format: 'esm', splitting: true, outExtension: { '.js': '.mjs' }, chunkNames: 'chunks/[name]-[hash]' });
}

await Promise.all(jobs.map((job) => build({ ...common, ...job })));
