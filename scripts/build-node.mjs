// Bundles the Node-side entry points with esbuild (fast enough to run on every `npm ci`):
// Electron main + preload (CommonJS, `electron` external), the browser-edition server and the CLI.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
// Packages stay external, except JSON data that shared/ imports (Node's ESM loader refuses a bare
// JSON import, and esbuild drops the import attribute): the country names of i18n-iso-countries.
const require = createRequire(import.meta.url);
const bundledJson = {
  name: 'bundled-json',
  setup(b) {
    b.onResolve({ filter: /^i18n-iso-countries\/langs\/[a-z]+\.json$/ }, (args) => ({ path: require.resolve(args.path) }));
  },
};
// Node 20 reads Unicode property escapes (`/\p{L}/u`) itself: without `supported`, esbuild's node20
// target rewrote many such literals as `new RegExp(...)` calls, so a pattern inside a function was
// compiled again on every call (a tenth of a long check's time).
const common = {
  define: { __SELARAS_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: 'linked',
  logLevel: 'warning',
  packages: 'external',
  plugins: [bundledJson],
};

/**
 * Runs `fn` on a module of the sources bundled on its own into a temporary directory (the data
 * steps below compute with the very code the bundles run).
 */
async function withModule(entry, fn) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-build-'));
  try {
    const outfile = path.join(tmp, 'module.mjs');
    await build({ ...common, sourcemap: false, entryPoints: [entry], outfile, format: 'esm' });
    return await fn(await import(pathToFileURL(outfile).href));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// The gazetteer's tables (country names of the locale data and the lists of
// shared/entities/gazetteer-tables.ts, folded), computed here by their own code and put into the
// bundles in place of shared/entities/gazetteer-prebuilt.ts, as a JSON string (V8 reads a string
// literal and JSON.parse much faster than an object literal): a check then folds no names before
// its first, and the bundles hold neither the locale data nor the folding of it.
if (existsSync('shared/entities/gazetteer-prebuilt.ts')) {
  const tables = await withModule('shared/entities/gazetteer-tables.ts', (m) => m.buildGazetteerTables());
  const contents = `export function gazetteerTables() { return JSON.parse(${JSON.stringify(JSON.stringify(tables))}); }\n`;
  common.plugins = [
    ...common.plugins,
    {
      name: 'gazetteer-prebuilt',
      setup(b) {
        b.onLoad({ filter: /[\\/]shared[\\/]entities[\\/]gazetteer-prebuilt\.ts$/ }, () => ({ contents, loader: 'js' }));
      },
    },
  ];
}

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
  // Whitespace and syntax minified (names kept, for stack traces; the linked source maps map
  // back): a third less to read and parse at each start, and no comment's non-ASCII character
  // makes V8 hold a whole chunk as a two-byte string.
  // zod and fast-xml-parser are bundled too: loaded from node_modules they are some 150 modules
  // for Node's loader to resolve, read and link one by one (`export`, `inspect` and `--save`
  // spent more time on that than on their work). The office-file writers stay external: only
  // the formats that need them load them.
  // What `check` and `align` run once a file is read (cli/check-core.ts), also as one CommonJS
  // script: the commands load it through V8's code cache (cli/code-cache.ts), written below.
  if (existsSync('cli/check-core.ts')) {
    jobs.push({
      entryPoints: ['cli/check-core.ts'],
      outfile: 'dist/cli/check-core.cjs',
      format: 'cjs',
      minifyWhitespace: true,
      minifySyntax: true,
      packages: undefined,
      external: ['docx', 'exceljs', 'mammoth'],
      // cli/resources.ts finds its files from import.meta.url: the script's own URL.
      define: { ...common.define, 'import.meta.url': '__selarasScriptUrl' },
      banner: { js: 'var __selarasScriptUrl = require("node:url").pathToFileURL(__filename).href;' },
    });
  }
  jobs.push({
    entryPoints,
    outdir: 'dist/cli',
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minifyWhitespace: true,
    minifySyntax: true,
    packages: undefined,
    external: ['docx', 'exceljs', 'mammoth'],
  });
}

await Promise.all(jobs.map((job) => build({ ...common, ...job })));

// The CLI reads the bilingual lexicon from a sorted, indexed form (dist/cli/lexicon-id-en.txt; see
// cli/resources.ts): parsed here, by the same code the bundle runs, from resources/lexicon.
if (existsSync('cli/resources.ts') && existsSync('resources/lexicon/id-en.tsv')) {
  await withModule('cli/resources.ts', ({ writeLexiconCache, LEXICON_CACHE_NAME }) =>
    writeLexiconCache('resources/lexicon/id-en.tsv', path.join('dist/cli', LEXICON_CACHE_NAME)),
  );
}

// V8's code cache of dist/cli/check-core.cjs (see cli/code-cache.ts), made by a check of the
// sample pair run as a user would run it: the cache then holds the bytecode of every function a
// check runs, compiled under the flags a check runs with. Without it the commands only compile
// more.
if (existsSync('dist/cli/check-core.cjs') && existsSync('resources/samples/sample.id.txt')) {
  rmSync('dist/cli/check-core.cache', { force: true });
  const r = spawnSync(process.execPath, ['dist/cli/selaras.mjs', 'check', '--json', 'resources/samples/sample.id.txt', 'resources/samples/sample.en.txt'], {
    env: { ...process.env, SELARAS_CODE_CACHE: 'write' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (!existsSync('dist/cli/check-core.cache')) console.warn(`build-node: no code cache written for dist/cli/check-core.cjs (exit ${r.status}: ${r.stderr.trim().split('\n')[0]})`);
}
