import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('import direction is enforced by lint', () => {
  it('shared/ may not import node:fs', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'shared/fixture.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('shared/ may not import electron, react or the renderer, nor touch DOM or process globals', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const x = app;\n", 'shared/fixture.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'shared/fixture.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { App } from '../renderer/App';\nexport const x = App;\n", 'shared/fixture.ts')).toContain('no-restricted-imports');
    expect(await ruleIds('export const x = () => document.title + process.env.HOME;\n', 'shared/fixture.ts')).toContain('no-restricted-globals');
  });

  it('renderer/ may not import electron or node modules', async () => {
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'renderer/fixture.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", 'renderer/fixture.ts')).toContain('no-restricted-imports');
  });

  it('electron services may not import electron or the renderer; main.ts may import electron', async () => {
    expect(await ruleIds("import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", 'electron/services/fixture.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { App } from '../renderer/App';\nexport const x = App;\n", 'electron/fixture.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", 'electron/main.ts')).not.toContain(
      'no-restricted-imports',
    );
  });

  it('pure shared code passes', async () => {
    expect(await ruleIds("import type { Lang } from './text/types';\nexport const x: Lang = 'id';\n", 'shared/fixture.ts')).toEqual([]);
  });
});
