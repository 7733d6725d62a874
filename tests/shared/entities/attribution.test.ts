/**
 * Attributions through a government or a mouthpiece: *Pemerintah X membantah*, "the X government
 * denied", "X's spokesman said", *kata juru bicara di X*, "a spokesman in X said" credit party X.
 * Plants (the party changed sides) are `drift`; the same party in both languages is not flagged.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../shared/align';
import { extractEntitiesFromSentence } from '../../../shared/entities';
import type { Entity } from '../../../shared/entities';
import { analyse, checkVersions } from '../../../shared/pipeline';

const lexicon = parseLexicon(readFileSync(fileURLToPath(new URL('../../../resources/lexicon/id-en.tsv', import.meta.url)), 'utf8'));
const read = (s: string, lang: 'id' | 'en') => extractEntitiesFromSentence(s, lang);
const find = (list: Entity[], text: string) => list.find((e) => e.text === text);

function entityMismatches(a: string, b: string) {
  const A = analyse(a, { lines: true });
  const B = analyse(b, { lines: true });
  return checkVersions(A, B, A.lang !== B.lang ? { lexicon } : {}).comparison.mismatches.filter((m) => m.kind === 'entity');
}

describe('extraction: a government or a mouthpiece speaks for its party', () => {
  it('Indonesian: Pemerintah X membantah makes the country the actor; kata juru bicara di X credits the country', () => {
    const s = 'Pemerintah Korea Utara menampik kabar tersebut, kata juru bicara di Pyongyang.';
    const r = read(s, 'id');
    expect(find(r.entities, 'Korea Utara')).toMatchObject({ role: 'actor', ref: 'country:KP', cue: { text: 'menampik' } });
    expect(find(r.entities, 'Korea Utara')?.inName).toBeUndefined();
    expect(find(r.entities, 'Pyongyang')).toMatchObject({ role: 'source', ref: 'country:KP', cue: { text: 'kata' } });
    expect(r.anonymous).toEqual([]);
    for (const e of r.entities) expect(s.slice(e.start, e.end)).toBe(e.text);
  });

  it('Indonesian: juru bicara X (no preposition) credits X; a bare juru bicara is one unnamed role noun', () => {
    expect(find(read('Rencana itu sudah batal, kata juru bicara Moskow kepada wartawan.', 'id').entities, 'Moskow')).toMatchObject({ role: 'source', ref: 'country:RU' });
    const r = read('Rencana itu sudah batal, kata juru bicara tersebut.', 'id');
    expect(r.anonymous.map((x) => x.text)).toEqual(['juru bicara']);
    const before = read('Juru bicara itu membantah kabar tersebut.', 'id');
    expect(before.anonymous.map((x) => x.text)).toEqual(['Juru bicara']);
  });

  it('English: the X government denied, X\'s government denied, X\'s spokesman said, a spokesman in X said', () => {
    expect(find(read('The North Korean government rejected the claim on Monday.', 'en').entities, 'North Korean')).toMatchObject({ role: 'actor', ref: 'country:KP' });
    expect(find(read("Russia's government denied the story.", 'en').entities, 'Russia')).toMatchObject({ role: 'actor', ref: 'country:RU' });
    expect(find(read("Kyiv's spokesman said the talks had stalled.", 'en').entities, 'Kyiv')).toMatchObject({ role: 'source', ref: 'country:UA' });
    const r = read('The plan was dropped, a spokesman in Moscow said.', 'en');
    expect(find(r.entities, 'Moscow')).toMatchObject({ role: 'source', ref: 'country:RU' });
  });

  it('a spokesman with no party stays unnamed, and a city after a plain locative stays a city', () => {
    expect(read('The plan was dropped, a spokesman said.', 'en').entities).toEqual([]);
    expect(find(read('Delegasi pemerintah tiba di Seoul pada Selasa.', 'id').entities, 'Seoul')).toMatchObject({ role: 'mention', ref: 'city:seoul' });
  });
});

describe('comparison: a claim credited to another party is an entity drift', () => {
  it('ID↔EN plant: North Korea and Pyongyang become South Korea and Seoul (both spans, level drift)', () => {
    const found = entityMismatches(
      'Pemerintah Korea Utara membantah laporan itu, kata juru bicara di Pyongyang.',
      'The South Korean government denied the report, a spokesman in Seoul said.',
    );
    expect(found.every((m) => m.level === 'drift')).toBe(true);
    const pairs = found.map((m) => [m.aEntity?.text, m.bEntity?.text]);
    expect(pairs).toContainEqual(['Korea Utara', 'South Korean']);
    expect(pairs).toContainEqual(['Pyongyang', 'Seoul']);
  });

  it('EN↔ID plant: Russia\'s government becomes Pemerintah Ukraina', () => {
    const found = entityMismatches("Russia's government rejected the offer, a spokesman in Moscow said.", 'Pemerintah Ukraina menolak tawaran itu, kata juru bicara di Kyiv.');
    expect(found.filter((m) => m.level === 'drift').map((m) => [m.aEntity?.text, m.bEntity?.text])).toContainEqual(['Russia', 'Ukraina']);
  });

  it('ID↔ID plant: juru bicara di Seoul becomes juru bicara di Pyongyang', () => {
    const found = entityMismatches('Rencana itu dibatalkan, kata juru bicara di Seoul.', 'Rencana itu dibatalkan, kata juru bicara di Pyongyang.');
    expect(found.map((m) => [m.level, m.aEntity?.text, m.bEntity?.text])).toContainEqual(['drift', 'Seoul', 'Pyongyang']);
  });

  it.each([
    ['Pemerintah Korea Selatan membantah laporan itu, kata juru bicara di Seoul.', "South Korea's government denied the report, a spokesman in Seoul said."],
    ['Pemerintah Korea Selatan membantah laporan itu, kata juru bicara di Seoul.', 'The South Korean government denied the report, a spokesman in Seoul said.'],
    ['Pemerintah Rusia menolak tawaran itu, kata juru bicara di Moskow.', "Russia's government rejected the offer, a spokesman in Moscow said."],
    ['Rencana itu dibatalkan, kata juru bicara di Seoul.', 'Rencana itu dibatalkan, kata jubir di Seoul.'],
    ['Pemerintah Korea Utara membantah laporan itu, kata juru bicara.', 'The North Korean government denied the report, a spokesman said.'],
  ])('decoy, the same party: %s ↔ %s', (a, b) => {
    expect(entityMismatches(a, b).map((m) => m.note)).toEqual([]);
  });
});

describe('an agency credited by its acronym with its country (two wire stories of one quake)', () => {
  it('`the U.S. Geological Survey said` and `The USGS said` credit one source', () => {
    const a = 'The quake hit at a depth of 10 kilometers (6 miles), the U.S. Geological Survey said.';
    const b = 'The USGS said the quake struck at a depth of 10 km (6.2 miles).';
    // (the country the acronym spells is said, at most, for review)
    expect(entityMismatches(a, b).filter((m) => m.level !== 'review')).toEqual([]);
    expect(entityMismatches(b, a).filter((m) => m.level !== 'review')).toEqual([]);
    expect(entityMismatches(a, b).some((m) => /credited/.test(m.note ?? ''))).toBe(false);
  });
  it('guard: an acronym of another agency is another source (`The BMKG said`)', () => {
    const a = 'The quake hit at a depth of 10 kilometers, the U.S. Geological Survey said.';
    expect(entityMismatches(a, 'The BMKG said the quake struck at a depth of 10 km.').length).toBeGreaterThan(0);
  });
});

describe('extraction: a name in apposition right before the speech verb is the speaker', () => {
  it('*Kepala BPBD Kalimantan Barat, Hendra Wijaya, mengatakan* and "The agency\'s head, Hendra Wijaya, said" credit the person', () => {
    const id = read('Kepala BPBD Kalimantan Barat, Hendra Wijaya, mengatakan air mencapai 2,5 meter.', 'id');
    expect(find(id.entities, 'Hendra Wijaya')).toMatchObject({ role: 'source', cue: { text: 'mengatakan' } });
    const en = read("The agency's regional head, Hendra Wijaya, said the water reached 2.5 metres.", 'en');
    expect(find(en.entities, 'Hendra Wijaya')).toMatchObject({ role: 'source', cue: { text: 'said' } });
  });
});
