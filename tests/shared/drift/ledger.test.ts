import { describe, it, expect } from 'vitest';
import { buildLedger } from '../../../shared/drift';
import { fig } from './helpers';

const texts = (g: { entries: Array<{ figure: { text: string } }> }) => g.entries.map((e) => e.figure.text);

describe('buildLedger', () => {
  it('groups *dua gelombang* with "two waves" (one concept in both languages)', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, 'dua gelombang', 2, { unit: 'gelombang' })] },
      { lang: 'en', figures: [fig(0, 'two waves', 2, { unit: 'waves' })] },
    ]);
    expect(groups.map((g) => [g.what, texts(g)])).toEqual([['waves', ['dua gelombang', 'two waves']]]);
  });

  it('puts two different values for the same thing in one version side by side', () => {
    const groups = buildLedger([
      {
        lang: 'id',
        figures: [
          fig(2, 'sekitar 10.000 tentara', 10000, { unit: 'tentara', qualifier: 'about' }),
          fig(5, '11.000 prajurit', 11000, { unit: 'prajurit' }),
          fig(7, '2.600 tentara', 2600, { unit: 'tentara' }),
          fig(9, '12.000 tentara', 12000, { unit: 'tentara' }),
        ],
      },
      { lang: 'en', figures: [fig(1, '2,600 troops', 2600, { unit: 'troops' }), fig(0, '11,000 soldiers', 11000, { unit: 'soldiers' })] },
    ]);
    const big = groups.find((g) => texts(g).includes('12.000 tentara'))!;
    expect(big.what).toBe('troops');
    expect(big.kind).toBe('count');
    expect(big.consistent).toBe(false);
    expect(texts(big)).toEqual(['sekitar 10.000 tentara', '11.000 prajurit', '12.000 tentara', '11,000 soldiers']);
    const small = groups.find((g) => texts(g).includes('2.600 tentara'))!;
    expect(small.consistent).toBe(true);
    expect(texts(small)).toEqual(['2.600 tentara', '2,600 troops']);
    expect(groups.map((g) => g.id)).toEqual(groups.map((_, i) => `g${i + 1}`));
  });

  it('stands 11,000 in one version next to 14,000 in another', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, '11.000 pengungsi', 11000, { unit: 'pengungsi' })] },
      { lang: 'en', figures: [fig(0, '14,000 refugees', 14000, { unit: 'refugees' })] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].consistent).toBe(false);
    expect(groups[0].entries.map((e) => e.version)).toEqual([0, 1]);
  });

  it('keeps conversions and roundings consistent', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, '2,48 juta warga', 2_480_000, { unit: 'warga', scale: 1e6 }), fig(1, 'ribuan relawan', 1000, { unit: 'relawan', qualifier: 'magnitude' }), fig(2, '1.200 relawan', 1200, { unit: 'relawan' })] },
      { lang: 'en', figures: [fig(0, '2.5 million residents', 2_500_000, { unit: 'residents', scale: 1e6 }), fig(2, '1,200 volunteers', 1200, { unit: 'volunteers' })] },
    ]);
    expect(groups.every((g) => g.consistent)).toBe(true);
    const volunteers = groups.find((g) => g.what === 'volunteers')!;
    expect(texts(volunteers)).toEqual(['ribuan relawan', '1.200 relawan', '1,200 volunteers']);
  });

  it('groups money by currency and joins a scale slip across versions', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, 'Rp 2,5 miliar', 2.5e9, { kind: 'money', currency: 'IDR', scale: 1e9 }), fig(1, 'Rp 750 juta', 7.5e8, { kind: 'money', currency: 'IDR', scale: 1e6 })] },
      { lang: 'en', figures: [fig(0, 'Rp 2.5 trillion', 2.5e12, { kind: 'money', currency: 'IDR', scale: 1e12 }), fig(1, 'Rp 750 million', 7.5e8, { kind: 'money', currency: 'IDR', scale: 1e6 }), fig(2, 'US$3 million', 3e6, { kind: 'money', currency: 'USD', scale: 1e6 })] },
    ]);
    const slip = groups.find((g) => texts(g).includes('Rp 2,5 miliar'))!;
    expect(slip.what).toBe('IDR');
    expect(slip.kind).toBe('money');
    expect(texts(slip)).toEqual(['Rp 2,5 miliar', 'Rp 2.5 trillion']);
    expect(slip.consistent).toBe(false);
    expect(groups.find((g) => texts(g).includes('Rp 750 juta'))!.consistent).toBe(true);
    expect(groups.find((g) => g.what === 'USD')!.entries).toHaveLength(1);
  });

  it('skips dates, times, ordinals and figures without a counted thing', () => {
    const groups = buildLedger([
      {
        lang: 'id',
        figures: [
          fig(0, '4 Juni', '--06-04', { kind: 'date' }),
          fig(0, 'pukul 14.30', '14:30', { kind: 'time' }),
          fig(0, 'ke-3', 3, { kind: 'ordinal' }),
          fig(0, '1.200', 1200),
          fig(0, '45 persen', 45, { kind: 'percent' }),
        ],
      },
      { lang: 'en', figures: [fig(0, '45%', 45, { kind: 'percent' })] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].what).toBe('percent');
    expect(groups[0].consistent).toBe(true);
  });

  it('groups percents by the noun they modify', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, '45 persen rumah', 45, { kind: 'percent', unit: 'rumah' }), fig(1, '40 persen sekolah', 40, { kind: 'percent', unit: 'sekolah' })] },
      { lang: 'en', figures: [fig(0, '45% of houses', 45, { kind: 'percent', unit: 'houses' }), fig(1, '30% of schools', 30, { kind: 'percent', unit: 'schools' })] },
    ]);
    expect(groups.map((g) => [g.what, g.consistent])).toEqual([
      ['percent of houses', true],
      ['percent of schools', false],
    ]);
  });

  it('lets a modifier next to the unit name the thing (demining troops)', () => {
    const stub = (unit: string) => (/^(demining troops|penjinak ranjau)$/i.test(unit) ? 'deminers' : unit.toLowerCase());
    const groups = buildLedger(
      [
        { lang: 'id', figures: [fig(0, '1.000 penjinak ranjau', 1000, { unit: 'penjinak' }), fig(1, '6.000 tentara', 6000, { unit: 'tentara' })] },
        { lang: 'en', figures: [fig(0, '1,000 demining troops', 1000, { unit: 'troops' }), fig(1, '6,000 troops', 6000, { unit: 'troops' })] },
      ],
      { unitConcept: stub },
    );
    expect(groups.map((g) => [g.what, texts(g)])).toEqual([
      ['deminers', ['1.000 penjinak ranjau', '1,000 demining troops']],
      ['troops', ['6.000 tentara', '6,000 troops']],
    ]);
  });

  it('two values one sentence of one version gives are two quantities (a ratio, a change from one to the other), each with its counterpart', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, '7', 7, { unit: 'warga' }), fig(0, '10 warga', 10, { unit: 'warga' }), fig(1, 'dari 10.000 tentara', 10000, { unit: 'tentara' }), fig(1, '12.000 tentara', 12000, { unit: 'tentara' })] },
      { lang: 'en', figures: [fig(1, 'from 10,000 troops', 10000, { unit: 'troops' }), fig(1, '14,000 troops', 14000, { unit: 'troops' })] },
    ]);
    expect(groups.map((g) => [texts(g), g.consistent])).toEqual([
      [['7'], true],
      [['10 warga'], true],
      [['dari 10.000 tentara', 'from 10,000 troops'], true],
      [['12.000 tentara', '14,000 troops'], false],
    ]);
  });

  it('percentage points stand apart from a plain percent', () => {
    const groups = buildLedger([
      { lang: 'id', figures: [fig(0, '1,5 poin persentase', 1.5, { kind: 'percent' })] },
      { lang: 'id', figures: [fig(0, '1,5 persen', 1.5, { kind: 'percent' })] },
    ]);
    expect(groups.map((g) => [g.what, texts(g)])).toEqual([
      ['percentage points', ['1,5 poin persentase']],
      ['percent', ['1,5 persen']],
    ]);
  });

  it('with the comparison’s pairs: a drifted figure stands beside its counterpart, whatever the words and values', () => {
    const a = [fig(5, '35 persen', 35, { kind: 'percent' }), fig(9, 'sekitar 60 persen', 60, { kind: 'percent', qualifier: 'about' }), fig(11, '48 tenaga medis', 48, { unit: 'tenaga medis' }), fig(6, '0,4 poin persentase', 0.4, { kind: 'percent' })];
    const b = [fig(5, '53 percent', 53, { kind: 'percent' }), fig(9, 'about 60 percent', 60, { kind: 'percent', qualifier: 'about' }), fig(11, '84 medical workers', 84, { unit: 'medical workers' }), fig(6, '0.4 percent', 0.4, { kind: 'percent' })];
    const links = a.map((f, k) => ({ a: { version: 0, figure: f }, b: { version: 1, figure: b[k] } }));
    const groups = buildLedger(
      [
        { lang: 'id', figures: a },
        { lang: 'en', figures: b },
      ],
      { links },
    );
    expect(groups.map((g) => [texts(g), g.consistent])).toEqual([
      [['35 persen', '53 percent'], false],
      [['0,4 poin persentase', '0.4 percent'], false],
      [['sekitar 60 persen', 'about 60 percent'], true],
      [['48 tenaga medis', '84 medical workers'], false],
    ]);
    // without the pairs: grouped by what they count and their value only (53 beside 60, 35 alone)
    const bare = buildLedger([
      { lang: 'id', figures: a },
      { lang: 'en', figures: b },
    ]);
    expect(bare.find((g) => texts(g).includes('35 persen'))!.entries).toHaveLength(1);
  });

  it('with the comparison’s pairs: a figure no pair links joins another version’s group where their values agree', () => {
    const a = [fig(1, '1.275 warga', 1275, { unit: 'warga' })];
    const b = [fig(3, '1,275 residents', 1275, { unit: 'residents' }), fig(4, '1,500 residents', 1500, { unit: 'residents' })];
    const groups = buildLedger(
      [
        { lang: 'id', figures: a },
        { lang: 'en', figures: b },
      ],
      { links: [] },
    );
    expect(groups.map((g) => [texts(g), g.consistent])).toEqual([
      [['1.275 warga', '1,275 residents', '1,500 residents'], false],
    ]);
  });

  it('with the comparison’s pairs: a paired figure that names nothing it counts stands with its counterpart (a drift of it was left out)', () => {
    const a = [fig(0, 'dari 10.000', 10000, { start: 10 }), fig(0, '12.000 tentara', 12000, { unit: 'tentara', start: 30 }), fig(1, '7', 7, { unit: 'warga', start: 5 })];
    const b = [fig(0, 'from 11,000', 11000, { start: 10 }), fig(0, '12,000 troops', 12000, { unit: 'troops', start: 30 }), fig(1, 'Seven', 7, { start: 0 })];
    const links = a.map((f, k) => ({ a: { version: 0, figure: f }, b: { version: 1, figure: b[k] } }));
    const groups = buildLedger(
      [
        { lang: 'id', figures: a },
        { lang: 'en', figures: b },
      ],
      { links },
    );
    expect(groups.map((g) => [g.what, texts(g), g.consistent])).toEqual([
      ['troops', ['dari 10.000', 'from 11,000'], false],
      ['troops', ['12.000 tentara', '12,000 troops'], true],
      ['residents', ['7', 'Seven'], true],
    ]);
  });
});
