/**
 * `npm run web`: serves the browser edition on 127.0.0.1 and prints the URL to open.
 * Bundled to dist/web/serve.mjs by scripts/build-node.mjs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWeb } from './services/web';

function parsePort(argv: string[]): number | undefined {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`selaras web: --port must be a whole number from 0 to 65535, not "${raw}"\n`);
    process.exit(2);
  }
  return port;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
startWeb({ root, port: parsePort(process.argv.slice(2)), version })
  .then((bridge) => {
    process.stdout.write(`Selaras (browser edition) is listening on ${bridge.url}\nOpen: ${bridge.openUrl}\n`);
    const stop = () => void bridge.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((err: Error) => {
    process.stderr.write(`selaras web: ${err.message}\n`);
    process.exit(2);
  });
