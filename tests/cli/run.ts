/** Runs the `selaras` command line from source (tsx), as `npx selaras` runs the bundle built from it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A fixture of tests/fixtures/cli. */
export const fx = (name: string) => path.join(root, 'tests/fixtures/cli', name);

export function selaras(...args: string[]) {
  // A large buffer: spawnSync's default 1 MB cut long JSON outputs (the crowded check prints 1.07 MB).
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
