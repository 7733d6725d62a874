import { describe, expect, it } from 'vitest';
import { alignParallel } from '../../../shared/align/engine';
import { DEFAULT_PARAMS } from '../../../shared/align/params';
import { expectValidParallel } from './helpers';

/** A made-up story: sentence k names a place and a figure of its own, in both "languages". */
function story(n: number): { a: string[]; b: string[] } {
  const places = ['Bandung', 'Surabaya', 'Medan', 'Makassar', 'Semarang', 'Palembang', 'Denpasar', 'Manado'];
  const a: string[] = [];
  const b: string[] = [];
  for (let k = 0; k < n; k++) {
    const place = `${places[k % places.length]}${Math.floor(k / places.length) || ''}`;
    a.push(`The office in ${place} reported ${100 + 7 * k} new members and ${k + 3} branches this week.`);
    b.push(`Kantor di ${place} melaporkan ${100 + 7 * k} anggota baru dan ${k + 3} cabang pekan ini.`);
  }
  return { a, b };
}

describe('later passes realign only where the first was unsure', () => {
  const { a, b } = story(60);
  // B joins sentences 20 and 21 into one: the aligner must find the 2-1 bead in either setting.
  const bMerged = [...b.slice(0, 20), `${b[20]} ${b[21]}`, ...b.slice(22)];
  const run = (refocusPosterior: number) =>
    alignParallel({ lang: 'en', sentences: a }, { lang: 'id', sentences: bMerged }, {}, { params: { ...DEFAULT_PARAMS, refocusPosterior } });

  it('finds the same merge as a full realignment, and a valid path', () => {
    for (const p of [1, 0.99, 0.5]) {
      const al = run(p);
      expectValidParallel(al, a.length, bMerged.length);
      const merge = al.beads.find((x) => x.a.includes(20));
      expect(merge?.a).toEqual([20, 21]);
      expect(merge?.b).toEqual([20]);
    }
  });

  it('keeps every 1-1 bead away from the merge where the full realignment puts it', () => {
    const full = run(1).beads.map((x) => `${x.a}:${x.b}`);
    const focused = run(0.99).beads.map((x) => `${x.a}:${x.b}`);
    expect(focused).toEqual(full);
  });

  it('works between locked beads', () => {
    const locked = [{ a: [10], b: [10], score: 1 }, { a: [40], b: [39], score: 1 }];
    const al = alignParallel({ lang: 'en', sentences: a }, { lang: 'id', sentences: bMerged }, { locked }, { params: { ...DEFAULT_PARAMS, refocusPosterior: 0.99 } });
    expectValidParallel(al, a.length, bMerged.length);
    expect(al.beads.find((x) => x.a[0] === 40)?.b).toEqual([39]);
    expect(al.beads.find((x) => x.a.includes(20))?.b).toEqual([20]);
  });
});
