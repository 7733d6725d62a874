/**
 * A note holding characters XML cannot carry (a vertical tab, a form feed, a bell: pasted from a word processor)
 * is written as U+FFFD in the visible note; reading Selaras's own file back, that note is still the annotation's
 * mirror, not a note added since (it came back as one more note on every round trip).
 */
import { describe, expect, it } from 'vitest';
import { sampleInput } from './helpers';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportTmx } from '../../../shared/formats/tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import type { ExportInput } from '../../../shared/formats/types';

function withControls(): ExportInput {
  const input = sampleInput();
  const annotations = input.project.annotations.map((a, i) => (i === 0 ? { ...a, note: `first line\u000bsecond\u000c line\u0007 end` } : a));
  return { ...input, project: { ...input.project, annotations } };
}

describe('a note with characters XML cannot carry, through Selaras files', () => {
  const input = withControls();
  const count = input.project.annotations.length;
  const formats = [
    ['XLIFF 2', (x: ExportInput) => importXliff(exportXliff(x), 'n.xlf')],
    ['XLIFF 1.2', (x: ExportInput) => importXliff(exportXliff12(x), 'n.xlf')],
    ['TMX', (x: ExportInput) => importTmx(exportTmx(x), 'n.tmx')],
  ] as const;
  for (const [name, roundTrip] of formats) {
    it(`${name}: the same number of notes after two round trips, the note's text kept`, () => {
      const once = roundTrip(input);
      expect(once.ok).toBe(true);
      const p1 = projectFromBilingual(once as never, 'n');
      expect(p1.annotations).toHaveLength(count);
      const twice = roundTrip(exportInputOf(p1, 0, 'all', 't'));
      const p2 = projectFromBilingual(twice as never, 'n');
      expect(p2.annotations).toHaveLength(count);
      expect(p2.annotations.some((a) => a.note.startsWith('first line'))).toBe(true);
    });
  }
});
