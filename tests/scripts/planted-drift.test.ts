import { describe, expect, it } from 'vitest';
import { plantsFor } from '../../scripts/planted-drift';
import { untranslated } from '../../scripts/eval-planted-real';

/** The figure `surface` of `line` as a plant target. */
function target(line: string, surface: string, kind = 'count', qualifier = 'exact') {
  const start = line.indexOf(surface);
  return { start, end: start + surface.length, kind, qualifier };
}

describe('plantsFor', () => {
  const line = 'The ministry sent 10,000 tonnes of rice to the island.';
  const plants = plantsFor(line, target(line, '10,000 tonnes'));

  it('changes the first digit of a count, hedges it and cuts it', () => {
    expect(plants.map((p) => p.kind)).toEqual(['value', 'qualifier', 'missing']);
    expect(plants[0].text).toBe('The ministry sent 20,000 tonnes of rice to the island.');
    expect(plants[1].text).toBe('The ministry sent about 10,000 tonnes of rice to the island.');
    expect(plants[2].text).toBe('The ministry sent of rice to the island.');
  });

  it('reports the edited region of the new sentence', () => {
    const hedged = plants[1];
    expect(hedged.text.slice(hedged.start, hedged.end)).toBe('about 10,000 tonnes');
    const cut = plants[2];
    expect(cut.start).toBe(cut.end);
    expect(cut.text.slice(0, cut.start)).toBe('The ministry sent');
  });

  it('swaps a scale word and changes the last digit of a year', () => {
    const money = 'Exports reached $4.5 million last month.';
    expect(plantsFor(money, target(money, '$4.5 million', 'money')).find((p) => p.kind === 'scale')?.text).toBe('Exports reached $4.5 billion last month.');
    const year = 'The plant opened in 2007 near the port.';
    const plants2 = plantsFor(year, target(year, '2007', 'date'));
    expect(plants2.map((p) => p.kind)).toEqual(['value', 'missing']);
    expect(plants2[0].text).toBe('The plant opened in 2009 near the port.');
  });

  it('swaps a number word and leaves a hedged figure unhedged', () => {
    const words = 'Sekitar empat kapal — about four ships — sank.';
    const p = plantsFor(words, target(words, 'about four ships', 'count', 'approx'));
    expect(p.map((x) => x.kind)).toEqual(['value', 'missing']);
    expect(p[0].text).toContain('about five ships');
  });

  it('does not hedge a figure already hedged by the word before it', () => {
    const line2 = 'Police said about 300 people were evacuated.';
    expect(plantsFor(line2, target(line2, '300 people')).map((p) => p.kind)).toEqual(['value', 'missing']);
  });
});

describe('untranslated', () => {
  it('tells a line left in its language from a translation', () => {
    expect(untranslated('Harga beras naik 5 persen bulan ini.', 'Harga beras naik 5 persen bulan ini .')).toBe(true);
    expect(untranslated('Harga beras naik 5 persen bulan ini.', 'Rice prices rose 5 percent this month.')).toBe(false);
  });
});

describe('plantsFor on a date', () => {
  it('moves a day by two days so that the date stays a date', () => {
    const line = 'The talks resume on Jan. 30 in Geneva.';
    expect(plantsFor(line, target(line, 'Jan. 30', 'date'))[0].text).toBe('The talks resume on Jan. 28 in Geneva.');
    const line2 = 'Pemilu digelar 9 Juli.';
    expect(plantsFor(line2, target(line2, '9 Juli', 'date'))[0].text).toBe('Pemilu digelar 11 Juli.');
  });
});
