/**
 * General rules added for real translations (issue 10, second pass), each in both directions
 * (Indonesian A against English B, and the ambiguity or cue on either side). Fixtures are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { compareBeads } from '../../../shared/drift';
import type { Lang } from '../../../shared/text/types';

function compare(a: string, b: string, langB: Lang = 'en') {
  const fa = extractFromSentence(a, 'id');
  const fb = extractFromSentence(b, langB);
  return compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'id', langB);
}
const texts = (r: ReturnType<typeof compare>) => r.mismatches.map((m) => [m.kind, m.aFigure?.text ?? null, m.bFigure?.text ?? null, m.level]);

describe('the same separated digit string on both sides is a copied figure, not an ambiguity', () => {
  it('an Indonesian figure written with English grouping, copied into the English', () => {
    const r = compare('Produksi gula mencapai 412,356 ton tahun ini.', 'Sugar output reached 412,356 tons this year.');
    expect(texts(r)).toEqual([]);
    expect(r.matches.map((m) => m.bFigure.text)).toContain('412,356 tons');
  });

  it('an English source figure written with Indonesian grouping, copied into the Indonesian', () => {
    const fa = extractFromSentence('The plant processes 3.750 tonnes of cocoa.', 'en');
    const fb = extractFromSentence('Pabrik itu mengolah 3.750 ton kakao.', 'id');
    expect(fa[0].ambiguous).toBe(true);
    expect(compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'en', 'id').mismatches).toEqual([]);
  });

  it('a copy that is ambiguous in the translation stays an ambiguity (id → en and en → id)', () => {
    expect(compare('Pabrik itu mengolah 3.750 ton kakao.', 'The plant processes 3.750 tonnes of cocoa.').mismatches.map((m) => m.kind)).toEqual(['ambiguous']);
    const fa = extractFromSentence('Sugar output reached 412,356 tons.', 'en');
    const fb = extractFromSentence('Produksi gula mencapai 412,356 ton.', 'id');
    expect(compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'en', 'id').mismatches.map((m) => m.kind)).toEqual(['ambiguous']);
  });

  it('different digit strings are still an ambiguity to check', () => {
    const r = compare('Produksi gula mencapai 412,356 ton tahun ini.', 'Sugar output reached 412,356.0 tons this year.');
    expect(r.mismatches.map((m) => m.kind)).toContain('ambiguous');
  });
});

/** Compares one Indonesian sentence with one English sentence, giving the engine the sentences too. */
function compareWithText(a: string, b: string) {
  const fa = extractFromSentence(a, 'id');
  const fb = extractFromSentence(b, 'en');
  const sentence = (text: string) => [{ text, start: 0, end: text.length, paragraph: 0 }];
  return compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'id', 'en', { sentencesA: sentence(a), sentencesB: sentence(b) });
}
const kindsAndLevels = (r: ReturnType<typeof compare>) => r.mismatches.map((m) => [m.kind, m.level]);

describe('a comparison said with a comparative on one side and a bound on the other is not a changed qualifier', () => {
  it('Indonesian comparative (lebih tinggi dari) against an English bound (well above)', () => {
    expect(kindsAndLevels(compareWithText('Harga acuan ditetapkan jauh lebih tinggi dari 80 dolar AS per ton.', 'The reference price was set well above US$80 a ton.'))).toEqual([
      ['qualifier', 'review'],
    ]);
  });

  it('English comparative (lower than) against an Indonesian bound (di bawah)', () => {
    expect(kindsAndLevels(compareWithText('Angka itu di bawah 7 persen.', 'The figure was lower than 7 percent.'))).toEqual([['qualifier', 'review']]);
  });

  it('a comparative that states the opposite bound, or none, keeps the qualifier drift', () => {
    expect(kindsAndLevels(compareWithText('Angka itu lebih rendah dari 7 persen.', 'The figure was above 7 percent.'))).toEqual([['qualifier', 'drift']]);
    expect(kindsAndLevels(compareWithText('Angka itu mencapai 7 persen.', 'The figure was above 7 percent.'))).toEqual([['qualifier', 'drift']]);
  });
});

describe('comparativeBefore', () => {
  it('reads a comparative a few words before the figure, in both languages, and not across a clause', async () => {
    const { comparativeBefore } = await import('../../../shared/drift/comparatives');
    const at = (t: string, needle: string) => t.indexOf(needle);
    const id = 'Nilainya lebih besar dari target pemerintah sebesar 12 triliun.';
    expect(comparativeBefore(id, at(id, '12'), 'id')).toBe('lower');
    const en = 'Sales were smaller than the forecast of 40 units.';
    expect(comparativeBefore(en, at(en, '40'), 'en')).toBe('upper');
    const far = 'Sales were smaller than expected, and 40 units were sold.';
    expect(comparativeBefore(far, at(far, '40'), 'en')).toBeUndefined();
    const idFar = 'Penjualan lebih rendah dari perkiraan, yakni 40 unit.';
    expect(comparativeBefore(idFar, at(idFar, '40'), 'id')).toBeUndefined();
  });
});

describe('a year one version leaves out: a real drop unless the other version names the year relatively', () => {
  it('an Indonesian year the English drops without "this/last year" is a drift; with it, a review', () => {
    expect(kindsAndLevels(compareWithText('Penjualan semen pada 2011 naik 6 persen.', 'Cement sales rose 6 percent.'))).toEqual([['missing', 'drift']]);
    expect(kindsAndLevels(compareWithText('Penjualan semen pada 2011 naik 6 persen.', 'Cement sales rose 6 percent last year.'))).toEqual([['missing', 'review']]);
  });

  it('an English year added where the Indonesian says tahun lalu is a review; added to a sentence without one, a drift', () => {
    expect(kindsAndLevels(compareWithText('Penjualan semen tahun lalu naik 6 persen.', 'Cement sales rose 6 percent in 2011.'))).toEqual([['added', 'review']]);
    expect(kindsAndLevels(compareWithText('Penjualan semen naik 6 persen.', 'Cement sales rose 6 percent in 2011.'))).toEqual([['added', 'drift']]);
  });

  it('namesRelativeYear reads both languages', async () => {
    const { namesRelativeYear } = await import('../../../shared/drift/relative-periods');
    expect(namesRelativeYear('Ekspor tahun depan diperkirakan naik.', 'id')).toBe(true);
    expect(namesRelativeYear('Ekspor pada akhir tahun diperkirakan naik.', 'id')).toBe(true);
    expect(namesRelativeYear('Ekspor tahun 2012 diperkirakan naik.', 'id')).toBe(false);
    expect(namesRelativeYear('Exports are expected to rise a year earlier than planned.', 'en')).toBe(true);
    expect(namesRelativeYear('Exports rose 4 percent year-on-year.', 'en')).toBe(true);
    expect(namesRelativeYear('Exports rose in 2012.', 'en')).toBe(false);
    // the period a comparison refers back to
    expect(namesRelativeYear('Laba naik 40 persen dibanding periode sama sebelumnya.', 'id')).toBe(true);
    expect(namesRelativeYear('Profit rose 40 percent from the same period.', 'en')).toBe(true);
  });
});

describe('a bead whose two sentences are not translations of each other', () => {
  const side = (lang: Lang, text: string) => ({ lang, text, entities: [] });

  it('looksUnrelated: different sentences (no shared name, digits or agreeing figure) in either direction', async () => {
    const { looksUnrelated } = await import('../../../shared/drift/bead-evidence');
    const id = 'Kapal milik PT Samudra Jaya tenggelam di perairan Maluku dengan 14 awak.';
    const en = 'The regional governor promised aid to fishermen in Sulawesi next month.';
    expect(looksUnrelated(side('id', id), side('en', en), 0)).toBe(true);
    expect(looksUnrelated(side('en', en), side('id', id), 0)).toBe(true);
    // a translation keeps its names and digits
    const enTr = 'A ship owned by PT Samudra Jaya sank in Maluku waters with 14 crew.';
    expect(looksUnrelated(side('id', id), side('en', enTr), 0)).toBe(false);
    expect(looksUnrelated(side('en', enTr), side('id', id), 0)).toBe(false);
    // an agreeing figure is evidence enough; in one language (a republication), the words the two share tell
    expect(looksUnrelated(side('id', id), side('en', en), 1)).toBe(false);
    expect(looksUnrelated(side('id', id), side('id', 'Gubernur berjanji membantu nelayan di Sulawesi bulan depan.'), 0)).toBe(true);
    expect(looksUnrelated(side('id', id), side('id', 'Kapal PT Samudra Jaya dengan 14 awak tenggelam di perairan Maluku.'), 0)).toBe(false);
  });

  it('figures of a shifted line are reported for review, not as drifts (id → en and en → id)', () => {
    const id = 'Kapal milik PT Samudra Jaya tenggelam di perairan Maluku dengan 14 awak.';
    const en = 'The regional governor promised aid to fishermen in Sulawesi next month.';
    expect(kindsAndLevels(compareWithText(id, en))).toEqual([['missing', 'review']]);
    const fa = extractFromSentence(en.replace('next month', 'within 30 days'), 'en');
    const fb = extractFromSentence(id, 'id');
    const sentence = (text: string) => [{ text, start: 0, end: text.length, paragraph: 0 }];
    const r = compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'en', 'id', {
      sentencesA: sentence(en.replace('next month', 'within 30 days')),
      sentencesB: sentence(id),
    });
    expect(r.mismatches.length).toBeGreaterThan(0);
    expect(r.mismatches.every((m) => m.level === 'review')).toBe(true);
    // the same figure dropped from a real translation stays a drift
    expect(kindsAndLevels(compareWithText(id, 'A ship owned by PT Samudra Jaya sank in Maluku waters.'))).toEqual([['missing', 'drift']]);
  });
});

describe('a figure moved into the neighbouring sentence', () => {
  /** Two-sentence documents, one bead per sentence; returns kind, text, level and message key of each mismatch. */
  function twoBeads(a: [string, string], b: [string, string], langA: Lang = 'id', langB: Lang = 'en') {
    const doc = (pair: [string, string]) => {
      const text = pair.join(' ');
      return { text, sentences: [{ text: pair[0], start: 0, end: pair[0].length, paragraph: 0 }, { text: pair[1], start: pair[0].length + 1, end: text.length, paragraph: 0 }] };
    };
    const da = doc(a);
    const db = doc(b);
    const figs = (d: ReturnType<typeof doc>, lang: Lang) =>
      d.sentences.flatMap((s, i) => extractFromSentence(s.text, lang).map((f) => ({ ...f, sentence: i, start: f.start + s.start, end: f.end + s.start })));
    const r = compareBeads(
      [
        { a: [0], b: [0], score: 1 },
        { a: [1], b: [1], score: 1 },
      ],
      figs(da, langA),
      figs(db, langB),
      langA,
      langB,
      { sentencesA: da.sentences, sentencesB: db.sentences },
    );
    return r.mismatches.map((m) => [m.kind, m.aFigure?.text ?? m.bFigure?.text, m.level, m.facts?.nearby ?? null]);
  }

  it('Indonesian figure stated by the previous English sentence: missing here, added there, both reviews saying so', () => {
    const out = twoBeads(
      ['Obligasi itu dijual pekan depan oleh bank tersebut.', 'Obligasi seri A bertenor tiga tahun dengan bunga 9 persen.'],
      ['The bank will sell the bonds, which have a three-year tenor, next week.', 'The series A bonds carry 9 percent interest.'],
    );
    expect(out).toEqual([
      ['added', 'three-year', 'review', 'tiga tahun'],
      ['missing', 'tiga tahun', 'review', 'three-year'],
    ]);
  });

  it('English figure stated by the next Indonesian sentence (en → id), and a real drop stays a drift', () => {
    const out = twoBeads(
      ['The plant hired 250 workers in March.', 'It exports to four countries.'],
      ['Pabrik itu merekrut pekerja pada Maret.', 'Pabrik yang mempekerjakan 250 orang itu mengekspor ke empat negara.'],
      'en',
      'id',
    );
    expect(out).toEqual([
      ['missing', '250 workers', 'review', '250 orang'],
      ['added', '250 orang', 'review', '250 workers'],
    ]);
    const dropped = twoBeads(
      ['The plant hired 250 workers in March.', 'It exports to four countries.'],
      ['Pabrik itu merekrut pekerja pada Maret.', 'Pabrik itu mengekspor ke empat negara.'],
      'en',
      'id',
    );
    expect(dropped).toEqual([['missing', '250 workers', 'drift', null]]);
  });

  it('the explanation names the neighbouring figure in English and Indonesian', async () => {
    const { wordExplanation } = await import('../../../shared/drift/explain');
    const facts = { messageKey: 'drift.missing', a: 'tiga tahun', b: '', nearby: 'three-year' };
    expect(wordExplanation({ note: '', facts }, 'en')).toContain('neighbouring sentence of B states it ("three-year")');
    expect(wordExplanation({ note: '', facts }, 'id')).toContain('kalimat tetangganya di versi B menyebutnya (“three-year”)');
  });
});

describe('an approximate span of a decade or a hundred holds the figures inside it', () => {
  it('Indonesian tiga puluhan / dua ratusan against English three dozen / some 250; outside the span stays a drift', () => {
    expect(compare('Sekitar tiga puluhan orang lainnya terluka.', 'About three dozen others were hurt.').mismatches).toEqual([]);
    expect(compare('Dua ratusan rumah rusak.', 'Some 250 houses were damaged.').mismatches).toEqual([]);
    expect(compare('Sekitar tiga puluhan orang lainnya terluka.', 'About 45 others were hurt.').mismatches.map((m) => m.kind)).toEqual(['value']);
  });

  it('English thirty-odd against Indonesian sekitar 34 (en → id); 50-an against about 56', () => {
    const r = compareBeads([{ a: [0], b: [0], score: 1 }], extractFromSentence('Thirty-odd people were hurt.', 'en'), extractFromSentence('Sekitar 34 orang terluka.', 'id'), 'en', 'id');
    expect(r.mismatches).toEqual([]);
    expect(compare('Sebanyak 50-an warga mengungsi.', 'About 56 residents fled.').mismatches).toEqual([]);
    expect(compare('Sebanyak 50-an warga mengungsi.', 'About 66 residents fled.').mismatches.map((m) => m.kind)).toEqual(['value']);
  });
});
