/**
 * Start-up stays cheap (issue 14): `selaras --help` and `selaras COMMAND --help` load only the
 * entry, the argument parser and the help texts; everything else loads when a command runs.
 * Checked on the sources' static imports (type-only imports load nothing).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './run';

/** The modules a source file imports when it loads (not `import type`, not dynamic `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) if (!m[1]) out.push(m[2]);
  return out;
}

describe('the start-up of the command line', () => {
  it('loads only the argument parser and the help texts before a command runs', () => {
    expect(staticImports('cli/main.ts').sort()).toEqual(['./args', './help']);
    expect(staticImports('cli/args.ts')).toEqual([]);
    expect(staticImports('cli/help.ts')).toEqual(['../shared/limits']);
    expect(staticImports('shared/limits.ts')).toEqual([]);
  });

  it('starts a command without node:crypto', () => {
    for (const file of ['cli/commands.ts', 'cli/io.ts', 'electron/services/atomic.ts', 'cli/resources.ts']) {
      expect(staticImports(file)).not.toContain('node:crypto');
    }
  });
});
