/**
 * shared/drift/bead-evidence: whether a bead's two sentences read as translations of each other, and
 * what a bead judged not a translation does to its mismatches (reviews, flagged, explained), in both
 * directions (Indonesian → English and English → Indonesian). The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLexicon } from '../../../shared/align/lexicon';
import { judgeBead, looksUnrelated, wordLinks, wordsTranslate } from '../../../shared/drift/bead-evidence';
import { wordExplanation } from '../../../shared/drift/explain';
import { analyse, checkVersions } from '../../../shared/pipeline';
import type { Lang } from '../../../shared/text/types';
import { GRAMMATICAL_WORDS } from '../../../shared/text/words';

const side = (lang: Lang, text: string) => ({ lang, text, entities: [] });

const lexicon = parseLexicon(
  [
    '# from=id to=en',
    'cabai\tchili',
    'merah\tred',
    'pasar\tmarket',
    'induk\tmain',
    'menjelang\tahead',
    'raya\tholiday',
    'kilogram\tkilogram',
    'produksi\tproduction',
    'kemarau\tdrought',
    'panjang\tlong',
    'akibat\tbecause',
    'tim\tteam',
    'pertandingan\tmatch',
    'menanam\tplant',
    'pohon\ttree',
    'sungai\triver',
  ].join('\n'),
);

// two unrelated news sentences, each holding figures
const chiliId = 'Harga cabai merah di pasar induk naik menjadi 45.000 rupiah per kilogram menjelang hari raya.';
const footballEn = 'The national football team will play 3 friendly matches in Europe before the regional championship starts.';
const chiliEn = 'The price of red chili at the main market rose to 45,000 rupiah per kilogram ahead of the holiday.';
const footballId = 'Tim sepak bola nasional akan memainkan 3 pertandingan persahabatan di Eropa sebelum kejuaraan regional dimulai.';

// a short sentence and a long, different one of the same story: they share one name only
const coffeeId = 'Produksi kopi Lampung turun 8 persen akibat kemarau panjang.';
const farmersEn =
  'Farmers in Lampung said they planned to replant their gardens with new seedlings supplied by a provincial cooperative, which promised to buy the beans at a guaranteed price.';

// a translation whose figure drifted, in words the lexicon hardly knows
const treesId = 'Pemerintah kota menanam 1.200 pohon di sepanjang tepi sungai.';
const treesEn = 'The city administration planted 1,500 trees along the riverbank.';

const oneBead = [{ a: [0], b: [0], score: 1 }];
const check = (a: string, langA: Lang, b: string, langB: Lang, lex = lexicon) =>
  checkVersions(analyse(a, { lang: langA, lines: true }), analyse(b, { lang: langB, lines: true }), { beads: oneBead, lexicon: lex }).comparison;
const figureMismatches = (c: ReturnType<typeof check>) => c.mismatches.filter((m) => m.kind !== 'entity');

describe('judgeBead: translation or not, from the bead itself', () => {
  it('one figure in common beside several without a counterpart, and hardly a word translated: another sentence of the story, in either direction', () => {
    const apart = { matches: 1, unpaired: 2, figures: 4 };
    expect(judgeBead(side('id', chiliId), side('en', footballEn), apart, lexicon)).toEqual({ translation: false, cues: ['few-words-linked', 'figures-unpaired'] });
    expect(judgeBead(side('en', chiliEn), side('id', footballId), apart, lexicon).translation).toBe(false);
    // guard: the words translate (a translation that dropped two figures), or only one figure is left over
    expect(judgeBead(side('id', chiliId), side('en', chiliEn), apart, lexicon).translation).toBe(true);
    expect(judgeBead(side('id', chiliId), side('en', footballEn), { matches: 1, unpaired: 1, figures: 3 }, lexicon).translation).toBe(true);
  });
  it('two unrelated sentences that both hold figures are no translation, in either direction', () => {
    for (const [a, b] of [
      [side('id', chiliId), side('en', footballEn)],
      [side('en', footballEn), side('id', chiliId)],
    ]) {
      const j = judgeBead(a, b, { matches: 0 }, lexicon);
      expect(j.translation).toBe(false);
      expect(j.cues).toEqual(['nothing-shared', 'few-words-linked']);
    }
    // the lexicon knows too few of these Indonesian words for the first rule; the links of both sides tell
    const j = judgeBead(side('id', footballId), side('en', chiliEn), { matches: 0, figures: 2 }, lexicon);
    expect(j).toEqual({ translation: false, cues: ['few-words-linked', 'figures-unpaired'] });
    // no figure at all: none to leave unpaired
    expect(judgeBead(side('id', footballId), side('en', chiliEn), { matches: 0 }, lexicon).cues).toEqual(['few-words-linked']);
  });

  it('their translations are translations: shared digits, an agreeing figure, linked words', () => {
    expect(judgeBead(side('id', chiliId), side('en', chiliEn), { matches: 0 }, lexicon)).toEqual({ translation: true, cues: [] });
    expect(judgeBead(side('en', footballEn), side('id', footballId), { matches: 0 }, lexicon).translation).toBe(true);
    expect(judgeBead(side('id', chiliId), side('en', footballEn), { matches: 1 }, lexicon).translation).toBe(true);
  });

  it('one language (two outlets’ versions): a rewording shares its words; two sentences that share few are not one', () => {
    expect(judgeBead(side('id', chiliId), side('id', footballId), { matches: 0, figures: 2, paired: 1 }, lexicon)).toEqual({ translation: false, cues: ['few-words-shared', 'figures-differ'] });
    // (a verb and its noun meet without their prefixes: *memelihara*, *pemeliharaan*)
    const kept = 'Kontraktor diberi masa pemeliharaan enam bulan.';
    const reworded = 'Kontraktor wajib memelihara jembatan selama satu semester.';
    expect(judgeBead(side('id', kept), side('id', reworded), { matches: 0 }, lexicon).translation).toBe(true);
    // (two words in common, *inflasi … persen*, are what sentences of figures share: a rewording of short sentences only)
    const transport = 'Pendorong utamanya kelompok transportasi yang mengalami inflasi 8,88 persen.';
    expect(judgeBead(side('id', transport), side('id', 'Adapun inflasi tahun kalender tercatat 4,84 persen.'), { matches: 0 }, lexicon).translation).toBe(false);
    expect(judgeBead(side('id', 'Pelantikan dijadwalkan pukul 10.00 WIB.'), side('id', 'Pelantikan dimulai pukul sembilan pagi WIB.'), { matches: 0 }, lexicon).translation).toBe(true);
    // guard: an agreeing figure, or a side too short to weigh, is a rewording
    expect(judgeBead(side('id', chiliId), side('id', footballId), { matches: 1 }, lexicon).translation).toBe(true);
    expect(judgeBead(side('id', chiliId), side('id', 'Harga naik.'), { matches: 0 }, lexicon).translation).toBe(true);
    // guard: a German and a French version, both read as `en`, are not weighed as one language
    expect(judgeBead(side('en', 'Der Zug fuhr um neun Uhr ab.'), side('en', 'Le gouvernement a voté la réforme hier soir.'), { matches: 0 }, undefined, false).translation).toBe(true);
  });

  it('sharing one name does not make a translation when few words link and the lengths differ', () => {
    const j = judgeBead(side('id', coffeeId), side('en', farmersEn), { matches: 0, figures: 1 }, lexicon);
    expect(j.translation).toBe(false);
    expect(j.cues).toEqual(expect.arrayContaining(['few-words-linked', 'figures-unpaired', 'length-differs']));
    expect(judgeBead(side('en', farmersEn), side('id', coffeeId), { matches: 0 }, lexicon).translation).toBe(false);
    // a figure paired with a counterpart (even one that disagrees), or no lexicon: no verdict from the words
    expect(judgeBead(side('id', coffeeId), side('en', farmersEn), { matches: 0, paired: 1 }, lexicon).translation).toBe(true);
    expect(judgeBead(side('id', coffeeId), side('en', farmersEn), { matches: 0 })).toEqual({ translation: true, cues: [] });
    // looksUnrelated is the same judgement, from the agreeing figures alone
    expect(looksUnrelated(side('id', coffeeId), side('en', farmersEn), 0, lexicon)).toBe(true);
  });

  it('wordLinks counts lexicon translations, equal spellings and cognates on both sides, in either argument order', () => {
    const links = wordLinks(side('id', chiliId), side('en', chiliEn), lexicon);
    expect(links?.share).toBeGreaterThan(0.5);
    expect(wordLinks(side('en', chiliEn), side('id', chiliId), lexicon)).toEqual(links);
    expect(wordLinks(side('id', chiliId), side('en', footballEn), lexicon)?.share).toBeLessThan(0.1);
    // `regional` on both sides, `nasional` ↔ `national` by their cognate spelling
    expect(wordLinks(side('id', footballId), side('en', footballEn), lexicon)?.share).toBeGreaterThan(0.25);
    expect(wordLinks(side('id', chiliId), side('id', footballId), lexicon)).toBeUndefined();
  });
  it('frequent content words (pemerintah, besar, jalan; "government", "big", "road") are evidence of a translation, not function words', () => {
    const lex = parseLexicon(
      ['# from=id to=en', 'pemerintah\tgovernment', 'kota\tcity', 'pihak\tparty', 'besar\tbig', 'jalan\troad', 'baru\tnew', 'daerah\tarea', 'tahun\tyear'].join('\n'),
    );
    const a = 'Pemerintah kota dan pihak swasta sepakat membangun pelabuhan besar serta jalan baru menuju daerah pertanian tahun depan.';
    const b = 'The city government and private parties agreed to build a big port and a new road to the farming area next year.';
    const unrelated = 'Heavy rain flooded several villages near the coast, forcing fishermen to stay ashore for a whole week.';
    expect(judgeBead(side('id', a), side('en', b), { matches: 0 }, lex).translation).toBe(true);
    expect(judgeBead(side('en', b), side('id', a), { matches: 0 }, lex).translation).toBe(true);
    expect(judgeBead(side('id', a), side('en', unrelated), { matches: 0 }, lex).translation).toBe(false);
  });
});

describe('judgeBead: few words linked where figures are to compare and none agrees', () => {
  const lex = parseLexicon(
    ['# from=id to=en', 'perdagangan\ttrade', 'kopi\tcoffee', 'naik\trose', 'permintaan\tdemand', 'tajam\tsharply', 'tahun\tyear', 'ekspor\texports', 'kuat\tstrong', 'dua\ttwo', 'petani\tfarmers'].join('\n'),
  );
  const exportsId = 'Menteri perdagangan mengatakan ekspor kopi naik 12 persen tahun ini karena permintaan dari Eropa meningkat tajam.';
  // another sentence of the same story: same minister, same crop, another figure, about as long
  const plantationEn = 'The trade minister also visited a coffee plantation where 300 farmers harvested beans with machines bought by a cooperative.';
  // its translation without the figure, and a free one (a real drift each: the figure is missing)
  const exportsEn = 'The trade minister said coffee exports rose sharply this year on strong demand from Europe.';
  const looseEn = 'The trade minister said coffee exports climbed this year as buyers abroad wanted more beans.';

  it('another sentence of the same story, its figures unpaired or paired with a different one, is no translation', () => {
    // the judge weighs content words (frequent ones such as "minister" and "year" too)
    expect(wordLinks(side('id', exportsId), side('en', plantationEn), lex, GRAMMATICAL_WORDS)?.share).toBeLessThan(0.22);
    expect(judgeBead(side('id', exportsId), side('en', plantationEn), { matches: 0, figures: 2 }, lex)).toEqual({
      translation: false,
      cues: ['few-words-linked', 'figures-unpaired'],
    });
    expect(judgeBead(side('en', plantationEn), side('id', exportsId), { matches: 0, paired: 1, figures: 2 }, lex)).toEqual({
      translation: false,
      cues: ['few-words-linked', 'figures-differ'],
    });
    // through the engine: its figures are reviews, the bead listed with its cues
    const c = check(exportsId, 'id', plantationEn, 'en', lex);
    expect(figureMismatches(c).length).toBeGreaterThan(0);
    for (const m of figureMismatches(c)) expect([m.level, m.notTranslation]).toEqual(['review', true]);
    expect(c.notTranslations?.[0]?.cues).toContain('few-words-linked');
  });

  it('a count or an amount paired with one of its own kind keeps the words from deciding (a changed number, not another sentence)', () => {
    // the same few links as above, but the paired figures are counts: *15 anak* ↔ "45 girls" in a translation the lexicon barely knows
    expect(judgeBead(side('en', plantationEn), side('id', exportsId), { matches: 0, paired: 1, pairedAmounts: 1, figures: 2 }, lex).translation).toBe(true);
    // a paired rate or year does not (another sentence of one story often pairs another rate or year)
    expect(judgeBead(side('en', plantationEn), side('id', exportsId), { matches: 0, paired: 1, pairedAmounts: 0, figures: 2 }, lex).translation).toBe(false);
  });

  it('a translation that drops the figure stays a translation, free or close, and so does a bead without figures', () => {
    for (const b of [exportsEn, looseEn]) {
      expect(wordLinks(side('id', exportsId), side('en', b), lex, GRAMMATICAL_WORDS)?.share).toBeGreaterThanOrEqual(0.22);
      expect(judgeBead(side('id', exportsId), side('en', b), { matches: 0, figures: 1 }, lex).translation).toBe(true);
    }
    const c = check(exportsId, 'id', exportsEn, 'en', lex);
    expect(figureMismatches(c).map((m) => [m.kind, m.level])).toEqual([['missing', 'drift']]);
    expect(c.notTranslations ?? []).toEqual([]);
    // the looser share needs figures: without any, the other sentence is weighed by the stricter one
    expect(judgeBead(side('id', exportsId), side('en', plantationEn), { matches: 0 }, lex).translation).toBe(true);
    // two names shared: the same report, whatever the words
    const named = (t: string) => `${t} Menurut Budi Santoso dari Sumatra.`;
    expect(judgeBead(side('id', named(exportsId)), side('en', `${plantationEn} Budi Santoso of Sumatra said so.`), { matches: 0, figures: 2 }, lex).translation).toBe(true);
  });

  // the minister's other sentence: its own figures, more words in common than the plantation's
  const tonnageEn = 'The trade minister said coffee exports reached 4 million tons in 2006, worth 900 million dollars.';
  // a translation of a longer report that drops its three figures
  const tonnageId = 'Menteri perdagangan mengatakan ekspor kopi tahun ini naik 12 persen menjadi 4 juta ton senilai 900 juta dolar karena permintaan kuat.';
  const strongEn = 'The trade minister said coffee exports rose this year on strong demand.';

  it('several figures without a counterpart and none agreeing: another sentence, at a looser share of linked words', () => {
    const share = wordLinks(side('id', exportsId), side('en', tonnageEn), lex, GRAMMATICAL_WORDS)?.share ?? 0;
    expect(share).toBeGreaterThanOrEqual(0.22);
    expect(share).toBeLessThan(0.35);
    expect(judgeBead(side('id', exportsId), side('en', tonnageEn), { matches: 0, figures: 4, unpaired: 4 }, lex)).toEqual({
      translation: false,
      cues: ['few-words-linked', 'figures-unpaired'],
    });
    const c = check(exportsId, 'id', tonnageEn, 'en', lex);
    expect(figureMismatches(c).length).toBeGreaterThanOrEqual(3);
    for (const m of figureMismatches(c)) expect([m.level, m.notTranslation]).toEqual(['review', true]);
  });

  it('two figures left over, or words that translate, keep the pair a translation', () => {
    expect(judgeBead(side('id', exportsId), side('en', tonnageEn), { matches: 0, figures: 2, unpaired: 2 }, lex).translation).toBe(true);
    // one figure agreeing is enough
    expect(judgeBead(side('id', exportsId), side('en', tonnageEn), { matches: 1, figures: 5, unpaired: 3 }, lex).translation).toBe(true);
    // three figures dropped by a translation: drifts, each of them
    expect(wordLinks(side('id', tonnageId), side('en', strongEn), lex, GRAMMATICAL_WORDS)?.share).toBeGreaterThanOrEqual(0.35);
    expect(judgeBead(side('id', tonnageId), side('en', strongEn), { matches: 0, figures: 3, unpaired: 3 }, lex).translation).toBe(true);
    const c = check(tonnageId, 'id', strongEn, 'en', lex);
    expect(figureMismatches(c).map((m) => m.kind)).toEqual(['missing', 'missing', 'missing']);
    expect(c.notTranslations ?? []).toEqual([]);
  });

  it('words a translation renders by its grammar are left out of the links', () => {
    // "however" (for a conjunction) and "here" (for a dateline's `di Jakarta`) have no word to link to
    expect(wordLinks(side('id', 'Petani menanam kopi.'), side('en', 'However, farmers planted coffee here.'), lex, GRAMMATICAL_WORDS)).toMatchObject({ words: 6 });
    expect(wordLinks(side('id', 'Petani menanam kopi.'), side('en', 'Farmers planted coffee beans.'), lex, GRAMMATICAL_WORDS)).toMatchObject({ words: 7 });
  });
});

describe('mismatches of a bead judged not a translation', () => {
  it('are reviews flagged notTranslation, the bead listed with its cues (Indonesian → English)', () => {
    const c = check(chiliId, 'id', footballEn, 'en');
    const ms = figureMismatches(c);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(m.level).toBe('review');
      expect(m.notTranslation).toBe(true);
      expect(m.confidence).toBeLessThan(0.5);
    }
    expect(c.notTranslations).toEqual([{ a: [0], b: [0], cues: expect.arrayContaining(['nothing-shared']) }]);
  });

  it('are reviews the other way too (English → Indonesian)', () => {
    const c = check(footballEn, 'en', chiliId, 'id');
    expect(figureMismatches(c).map((m) => [m.level, m.notTranslation])).toEqual(figureMismatches(c).map(() => ['review', true]));
    expect(c.notTranslations).toHaveLength(1);
  });

  it('the explanation says why, in English and in Indonesian', () => {
    const m = figureMismatches(check(chiliId, 'id', footballEn, 'en'))[0];
    expect(m.facts?.notTranslation).toEqual(expect.arrayContaining(['nothing-shared', 'few-words-linked']));
    expect(m.note).toMatch(/do not read as translations of each other \(no figure, digits or name in common/);
    expect(m.note).toMatch(/for review, not counted as drift\.$/);
    const id = wordExplanation(m, 'id');
    expect(id).toMatch(/tidak terbaca sebagai terjemahan satu sama lain \(tidak ada angka, digit, atau nama yang sama/);
    expect(id).toMatch(/tidak dihitung sebagai selisih\.$/);
  });

  it('a real translation keeps its drift: a changed figure in words the lexicon hardly knows', () => {
    for (const c of [check(treesId, 'id', treesEn, 'en'), check(treesEn, 'en', treesId, 'id')]) {
      const ms = figureMismatches(c);
      expect(ms.map((m) => [m.kind, m.level])).toEqual([['value', 'drift']]);
      expect(ms[0].notTranslation).toBeUndefined();
      expect(ms[0].note).not.toMatch(/translations of each other/);
      expect(c.notTranslations).toEqual([]);
    }
  });

  it('a translation with a dropped figure keeps its drift too', () => {
    const c = check('Harga cabai merah di pasar induk naik 20 persen menjadi 45.000 rupiah per kilogram.', 'id', chiliEn, 'en');
    expect(figureMismatches(c).map((m) => [m.kind, m.level])).toEqual([['missing', 'drift']]);
    expect(c.notTranslations).toEqual([]);
  });
});

describe('judgeBead: properties', () => {
  const words = ['Harga', 'cabai', 'merah', 'pasar', 'Garut', 'naik', '45.000', '3', 'tim', 'kemarau', 'Lampung', '8', 'persen', 'the', 'red', 'chili', 'market', 'team', 'Europe', 'rose', '45,000', 'drought', 'Lampung', '1,500', 'trees', '.', ',', '(', '—'];
  const sentence = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((ws) => ws.join(' '));
  it('never throws, and the verdict does not depend on which version is A', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.nat(2), fc.nat(2), fc.boolean(), (x, y, matches, paired, withLexicon) => {
        const lex = withLexicon ? lexicon : undefined;
        const j = judgeBead(side('id', x), side('en', y), { matches, paired }, lex);
        expect(judgeBead(side('en', y), side('id', x), { matches, paired }, lex)).toEqual(j);
        if (matches > 0) expect(j.translation).toBe(true);
        if (!j.translation) expect(j.cues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wordsTranslate: a bead whose words translate each other is a translation', () => {
  const priceLexicon = parseLexicon(
    ['# from=id to=en', 'cabai\tchili', 'merah\tred', 'pasar\tmarket', 'induk\tmain', 'menjelang\tahead', 'raya\tholiday', 'kilogram\tkilogram', 'harga\tprice', 'naik\trose', 'pedagang\ttrader', 'kata\tsaid'].join('\n'),
  );
  // the price was dropped and a count of traders added: nothing agrees, yet the sentences are one another's translation
  const droppedId = 'Harga cabai merah di pasar induk naik menjadi 45.000 rupiah per kilogram menjelang hari raya.';
  const droppedEn = 'The price of red chili at the main market rose sharply per kilogram ahead of the holiday, 3 traders said.';

  it('holds for a translation and not for two unrelated sentences, whichever side is A', () => {
    expect(wordsTranslate(side('id', droppedId), side('en', droppedEn), priceLexicon)).toBe(true);
    expect(wordsTranslate(side('en', droppedEn), side('id', droppedId), priceLexicon)).toBe(true);
    expect(wordsTranslate(side('id', chiliId), side('en', footballEn), lexicon)).toBe(false);
    expect(wordsTranslate(side('en', footballEn), side('id', chiliId), lexicon)).toBe(false);
  });

  it('needs a lexicon and two languages', () => {
    expect(wordsTranslate(side('id', droppedId), side('en', droppedEn))).toBe(false);
    expect(wordsTranslate(side('id', chiliId), side('id', chiliId), lexicon)).toBe(false);
  });

  it('keeps a dropped and an added figure drifts where nothing agrees (with an empty lexicon: reviews, as a misaligned line)', () => {
    const levels = (lex: typeof priceLexicon) =>
      figureMismatches(check(droppedId, 'id', droppedEn, 'en', lex)).map((m) => `${m.kind} ${m.level}`).sort();
    expect(levels(priceLexicon)).toEqual(['added drift', 'missing drift']);
    expect(levels(parseLexicon('# from=id to=en'))).toEqual(['added review', 'missing review']);
    const reversed = figureMismatches(check(droppedEn, 'en', droppedId, 'id', priceLexicon)).map((m) => `${m.kind} ${m.level}`).sort();
    expect(reversed).toEqual(['added drift', 'missing drift']);
  });
});
