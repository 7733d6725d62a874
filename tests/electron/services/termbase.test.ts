import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../../electron/services/handlers';
import { requestSchemas } from '../../../shared/api';
import { glossaryPairs } from '../../../shared/termbase';

const fx = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/termbase/${name}`, import.meta.url))));
const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-termbase-'));
const h = createHandlers({
  fs: { readFile, writeFile: (f: string, d: string) => writeFile(f, d, 'utf8'), mkdir, stat },
  dataDir: path.join(dir, 'data'),
  resourcesDir: path.join(dir, 'resources'),
  app: { name: 'Selaras', version: 'test', edition: 'browser', platform: 'linux' },
} as unknown as HandlerDeps);

describe('readTermbase (the app API)', () => {
  it('loads a TBX and a CSV termbase', async () => {
    for (const name of ['agencies.tbx', 'agencies.csv']) {
      const r = await h.readTermbase({ name, bytes: fx(name) });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.entries).toBe(1);
        expect(glossaryPairs(r.value.termbase, 'id', 'en')).toEqual([['Lembaga Sandi Negara', 'Cipher Office']]);
      }
    }
  });

  it('answers a translatable error for bad files, and the request is validated', async () => {
    const r = await h.readTermbase({ name: 'broken.csv', bytes: fx('broken.csv') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.messageKey).toBe('termbase.errors.no-terms');
    const bin = await h.readTermbase({ name: 'x.tbx', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1]) });
    expect(bin.ok).toBe(false);
    // (said as any file that is not text is, in the interface language, with no internal code in the message)
    if (!bin.ok) expect([bin.error.messageKey, bin.error.params]).toEqual(['errors.binary', { name: 'x.tbx' }]);
    expect(requestSchemas.readTermbase.safeParse({ name: 'a.csv', bytes: 'nope' }).success).toBe(false);
  });
});
