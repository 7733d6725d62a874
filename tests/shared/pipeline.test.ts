import { describe, expect, it } from 'vitest';
import { align } from '../../shared/align';
import { parseLexicon } from '../../shared/align/lexicon';
import { alignSide, alignVersions, analyse, checkVersions, languageRuns } from '../../shared/pipeline';

const indonesian =
  'Pemerintah daerah mengatakan bahwa sekitar 1.500 tentara telah dikirim ke wilayah perbatasan pada pekan ini, dan jumlah itu akan bertambah jika situasi di lapangan tidak segera membaik.';
const english =
  'In a statement issued in English, the ministry said that about 1,500 troops had been sent to the border area this week, and that the number would grow if the situation did not improve soon.';

describe('analyse: mixed-language files', () => {
  it('reads each long paragraph by its own language’s conventions', () => {
    const text = `${indonesian}\n\n${english}\n\n${indonesian}`;
    const v = analyse(text);
    expect(v.lang).toBe('id');
    expect(languageRuns(text, v.lang).map((r) => r.lang)).toEqual(['id', 'en', 'id']);
    const counts = v.figures.filter((f) => f.kind === 'count');
    expect(counts.map((f) => [f.value, !!f.ambiguous])).toEqual([
      [1500, false],
      [1500, false],
      [1500, false],
    ]);
    for (const s of v.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(v.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    for (const f of v.figures) expect(v.sentences[f.sentence].start <= f.start && f.end <= v.sentences[f.sentence].end).toBe(true);
  });

  it('a short paragraph follows the document (a headline is too little evidence)', () => {
    const text = `Breaking: Border Update\n\n${indonesian}`;
    expect(languageRuns(text, 'id').map((r) => r.lang)).toEqual(['id']);
    expect(analyse(text).figures.find((f) => f.kind === 'count')).toMatchObject({ value: 1500 });
  });

  it('an explicit language is used as given — which is why auto reads paragraphs on their own', () => {
    const text = `${indonesian}\n\n${english}`;
    const counts = analyse(text, { lang: 'id' }).figures.filter((f) => f.kind === 'count');
    // "1,500" read by Indonesian conventions is 1.5, flagged ambiguous with 1500 as the other reading.
    expect(counts[1]).toMatchObject({ value: 1.5, ambiguous: true, alternatives: [1500] });
  });
});

describe('analyse for alignment only', () => {
  it('figures: false reads the sentences (the same ones) and no figures; the beads are the same', () => {
    const text = `${indonesian}\n\n${english}\n\n${indonesian}`;
    const full = analyse(text);
    const bare = analyse(text, { figures: false, entities: false });
    expect(full.figures.length).toBeGreaterThan(0);
    expect(bare.figures).toEqual([]);
    expect(bare.entities).toBeUndefined();
    expect(bare.sentences).toEqual(full.sentences);
    const lines = analyse(`${indonesian}\n${english}`, { lines: true, figures: false });
    expect(lines.sentences).toHaveLength(2);
    expect(lines.figures).toEqual([]);
    const other = analyse(`${english}\n\n${english}`);
    expect(alignVersions(bare, other).beads).toEqual(alignVersions(full, other).beads);
  });

  it('alignSide hands the aligner sentences and paragraphs, and leaves numbers to its own reader', () => {
    const v = analyse(`${indonesian}\n\n${english}`);
    const side = alignSide(v);
    expect(side).toEqual({ lang: v.lang, sentences: v.sentences.map((s) => s.text), paragraphs: [0, 1] });
    expect(align(side, alignSide(analyse(english))).beads.length).toBeGreaterThan(0);
  });
});

describe('addEntityDrift: names in a bead that is not a translation', () => {
  const lexicon = parseLexicon(
    ['# from=id to=en', 'pertumbuhan\tgrowth', 'ekonomi\teconomy', 'kawasan\tregion', 'melambat\tslow', 'permintaan\tdemand', 'ekspor\texport', 'melemah\tweaken'].join('\n'),
  );
  const id = 'Menurut Bank Dunia, pertumbuhan ekonomi kawasan itu melambat karena permintaan ekspor melemah.';
  const entities = (a: string, langA: 'id' | 'en', b: string, langB: 'id' | 'en') =>
    checkVersions(analyse(a, { lang: langA, lines: true }), analyse(b, { lang: langB, lines: true }), { beads: [{ a: [0], b: [0], score: 1 }], lexicon })
      .comparison.mismatches.filter((m) => m.kind === 'entity')
      .map((m) => [m.level, m.notTranslation ?? false]);

  it('another sentence credited to another source: for review, flagged (id → en and en → id)', () => {
    const other = 'The Finance Ministry said tax revenue reached a record high thanks to stronger enforcement.';
    expect(entities(id, 'id', other, 'en')).toEqual([['review', true]]);
    expect(entities(other, 'en', id, 'id')).toEqual([['review', true]]);
  });

  it('a translation that credits another source keeps its entity drift', () => {
    const translated = 'According to the IMF, growth in the region slowed because export demand weakened.';
    expect(entities(id, 'id', translated, 'en')).toEqual([['drift', false]]);
    expect(entities(translated, 'en', id, 'id')).toEqual([['drift', false]]);
  });
});
