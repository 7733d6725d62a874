/**
 * Figures the other version states in words the reader does not take for a figure (shared/drift/
 * unread-renderings): a number word in a name or a compound, `both` for two, the counted thing with a
 * definite article, a count referring back (`an equal number`), a year inside a name. End to end on one
 * bead, both directions; each is reviewed, never a drift, and a real change stays a drift. The sentences
 * are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkLine, mismatchesAt, drifts } from './helpers';
import { wordExplanation } from '../../../shared/drift/explain';
import { renderedUnread } from '../../../shared/drift/unread-renderings';
import { extractFromSentence } from '../../../shared/figures';

describe('a number word inside a name or a compound', () => {
  it('Indonesian "lima serikat" ↔ English "the Five Unions Front": review, no drift', () => {
    const a = 'Aksi itu dipimpin gabungan lima serikat buruh pada Mei 2010.';
    const b = 'The strike was led by the Five Unions Front in May 2010.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['missing:lima serikat']);
  });
  it('English "four times" ↔ Indonesian "juara empat kali" / "four-time champion": review, no drift', () => {
    expect(drifts('Dia sudah empat kali menjadi juara nasional.', 'She is a four-time national champion.')).toEqual([]);
    expect(drifts('She won the national title four times.', 'Dia juara nasional Empat Kali Berturut.', 'en', 'id')).toEqual([]);
  });
  it('"dua pihak" ↔ "both parties" and "two sides" ↔ "kedua belah pihak": review, no drift', () => {
    expect(drifts('Kebijakan itu merugikan dua pihak.', 'The policy hurt both parties.')).toEqual([]);
    expect(drifts('The policy hurt two sides.', 'Kebijakan itu merugikan kedua belah pihak.', 'en', 'id')).toEqual([]);
  });
  it('a count paired with another count while its number stands unread in a name ("six-nation talks"): review, no drift', () => {
    const a = 'Perundingan enam negara dilanjutkan Senin, kata kedua negara itu.';
    const b = 'The six-nation talks resume on Monday, the two countries said.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['value:enam negara']);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('a changed count stays a drift when the other number is read, or is only "both"', () => {
    expect(drifts('Enam tentara tewas dalam serangan itu.', 'Two soldiers died in the attack, six officials said.')).toEqual(['added:Two soldiers']);
    expect(drifts('Tiga tentara tewas dalam serangan itu.', 'Four soldiers died in the attack.')).toEqual(['value:Tiga tentara']);
  });
  it('another number in the other version stays a drift', () => {
    expect(drifts('Aksi itu dipimpin gabungan lima serikat buruh.', 'The strike was led by a seven-union front.')).toEqual(['value:lima serikat']);
    expect(drifts('Aksi itu dipimpin gabungan lima serikat buruh.', 'The strike was led by the union front.')).toEqual(['missing:lima serikat']);
  });
});

describe('the counted thing named with a definite article', () => {
  it('Indonesian "Empat perusahaan" ↔ English "the companies": review, no drift', () => {
    const a = 'Empat perusahaan itu membayar denda masing-masing Rp5 miliar.';
    const b = 'The companies each paid a Rp5 billion fine.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['missing:Empat perusahaan']);
  });
  it('English "Four companies" ↔ Indonesian "perusahaan-perusahaan tersebut": review, no drift', () => {
    expect(drifts('Four companies paid a Rp5 billion fine each.', 'Perusahaan-perusahaan tersebut membayar denda Rp5 miliar.', 'en', 'id')).toEqual([]);
  });
  it('a large count named by its noun alone lost its number: a drift in both directions', () => {
    expect(drifts('Tim itu mengevakuasi 212 anak dan 87 lansia.', 'The team evacuated 212 children and the elderly.')).toEqual(['missing:87 lansia']);
    expect(drifts('The team evacuated 212 children and 87 elderly people.', 'Tim itu mengevakuasi 212 anak dan para lansia.', 'en', 'id')).toEqual(['missing:87']);
  });
  it('another counted thing stays a drift', () => {
    expect(drifts('Empat perusahaan membayar denda Rp5 miliar.', 'The banks paid a Rp5 billion fine.')).toEqual(['missing:Empat perusahaan']);
  });
  it('people of a nation named by their nationality: *enam warga Rusia itu* ↔ "the Russians", both ways: review, no drift', () => {
    const a = 'Salah seorang dari enam warga Rusia itu berteriak keras.';
    expect(drifts(a, 'One of the Russians shouted loudly.')).toEqual([]);
    expect(mismatchesAt('review', a, 'One of the Russians shouted loudly.')).toEqual(['missing:enam warga']);
    expect(drifts('Enam warga Amerika itu ditahan.', 'The Americans were detained.')).toEqual([]);
    expect(drifts('The six Japanese were freed on Monday.', 'Warga Jepang tersebut dibebaskan Senin.', 'en', 'id')).toEqual([]);
  });
  it('the explanation says why the finding is weaker, in English and in Indonesian', () => {
    const m = checkLine('Enam warga Rusia itu ditahan.', 'The Russians were detained.').mismatches[0];
    expect(m.facts?.unread).toBe('definite-noun');
    expect(m.note).toMatch(/Why it is weaker: the other version may refer to the counted things without their number/);
    expect(wordExplanation(m, 'id')).toMatch(/Mengapa lebih lemah: versi lain mungkin merujuk hal yang dihitung tanpa angkanya/);
    // (a drift says no such thing)
    expect(checkLine('Enam warga Rusia itu ditahan.', 'The Americans were detained.').mismatches[0].note).not.toMatch(/weaker/i);
  });
  it('another nation, or a count too large to hold in mind, stays a drift', () => {
    expect(drifts('Enam warga Rusia itu ditahan.', 'The Americans were detained.')).toEqual(['missing:Enam warga']);
    expect(drifts('Enam puluh warga Rusia itu ditahan.', 'The Russians were detained.')).toEqual(['missing:Enam puluh warga']);
  });
});

describe('a count referring back to another', () => {
  it('Indonesian "Sekitar enam orang lain" ↔ English "An equal number of others": review, no drift', () => {
    const a = 'Sekitar enam orang lain luka-luka dan dibawa ke klinik.';
    const b = 'An equal number of others were hurt and taken to a clinic.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['missing:Sekitar enam orang']);
  });
  it('English "six others" ↔ Indonesian "dengan jumlah yang sama": review, no drift', () => {
    expect(drifts('Six others were hurt.', 'Korban luka dengan jumlah yang sama dibawa ke klinik.', 'en', 'id')).toEqual([]);
  });
  it('without the reference a dropped count is a drift', () => {
    expect(drifts('Sekitar enam orang lain luka-luka.', 'Others were hurt.')).toEqual(['missing:Sekitar enam orang']);
  });
});

describe('a year inside a name', () => {
  it('Indonesian "Obligasi Berkelanjutan II Tahun 2011" ↔ English without the year: review, no drift', () => {
    const a = 'Bank itu akan menerbitkan Obligasi Berkelanjutan II Tahun 2011 senilai Rp2 triliun.';
    const b = 'The bank will issue bonds worth Rp2 trillion.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['missing:2011']);
  });
  it('English "Green Bonds Year 2011" ↔ Indonesian without the year: review, no drift', () => {
    expect(drifts('The bank will issue its Green Bonds Year 2011 worth Rp2 trillion.', 'Bank itu akan menerbitkan obligasi senilai Rp2 triliun.', 'en', 'id')).toEqual([]);
  });
  it('a year after "Pada Tahun" opening a sentence is no name: dropping it is a drift', () => {
    expect(drifts('Pada Tahun 2011 bank itu menerbitkan obligasi senilai Rp2 triliun.', 'The bank issued bonds worth Rp2 trillion.')).toEqual(['missing:2011']);
  });
});

describe('renderedUnread', () => {
  it('answers for missing and added figures; for a value pair only when a number word stands unread (never "both")', () => {
    const [f] = extractFromSentence('Dua pihak setuju.', 'id');
    const view = { figuresA: [f], figuresB: [], textA: 'Dua pihak setuju.', textB: 'Both sides agreed.' };
    expect(renderedUnread('missing', f, null, view, { langA: 'id', langB: 'en' })).toBe('number-word');
    expect(renderedUnread('value', f, f, view, { langA: 'id', langB: 'en' })).toBeUndefined();
  });
});

describe('dates and parts of a year (classify)', () => {
  it('Indonesian "sekitar tanggal 9 Maret" ↔ English "on March 9": a qualifier drift; both hedged: a match', () => {
    expect(drifts('Foto itu diambil sekitar tanggal 9 Maret di pasar.', 'The photo was taken on March 9 at the market.')).toEqual(['qualifier:sekitar tanggal 9 Maret']);
    expect(drifts('Foto itu diambil sekitar tanggal 9 Maret di pasar.', 'The photo was taken around March 9 at the market.')).toEqual([]);
  });
  it('English "around March 9" ↔ Indonesian "9 Maret": a qualifier drift', () => {
    expect(drifts('The photo was taken around March 9 at the market.', 'Foto itu diambil pada 9 Maret di pasar.', 'en', 'id')).toEqual(['qualifier:around March 9']);
  });
  it('"kuartal ketiga" ↔ "the 2009 second quarter": the quarter differs (a value drift)', () => {
    expect(drifts('Harga akan turun pada kuartal ketiga 2009.', 'Prices will ease in the 2009 second quarter.')).toEqual(['value:kuartal ketiga']);
    expect(drifts('Prices will ease in the 2009 second quarter.', 'Harga akan turun pada kuartal ketiga 2009.', 'en', 'id')).toEqual(['value:second quarter']);
  });
});
