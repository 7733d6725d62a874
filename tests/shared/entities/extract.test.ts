import { describe, expect, it } from 'vitest';
import { extractEntities, extractEntitiesFromSentence } from '../../../shared/entities';
import type { Entity } from '../../../shared/entities';
import { segment } from '../../../shared/text';

const names = (s: string, lang: 'id' | 'en') => extractEntitiesFromSentence(s, lang).entities;
const find = (list: Entity[], text: string) => list.find((e) => e.text === text);

function expectExactSpans(text: string, list: Entity[]) {
  for (const e of list) expect(text.slice(e.start, e.end)).toBe(e.text);
}

describe('entity extraction, Indonesian', () => {
  it('reads menurut X as the source, a capital there standing for its government', () => {
    const s = 'Menurut Pyongyang, laporan itu hanya kabar bohong.';
    const e = find(names(s, 'id'), 'Pyongyang');
    expect(e).toMatchObject({ type: 'place', role: 'source', ref: 'country:KP', cue: { text: 'Menurut' } });
    expectExactSpans(s, names(s, 'id'));
  });

  it('keeps a capital after di/ke/dari as the city', () => {
    const e = find(names('Delegasi itu tiba di Seoul pada Selasa pagi.', 'id'), 'Seoul');
    expect(e).toMatchObject({ role: 'mention', ref: 'city:seoul' });
  });

  it('cuts titles off names and splits places out of a run', () => {
    const list = names('Presiden Rusia Vladimir Putin mengatakan perjanjian itu sudah diratifikasi.', 'id');
    expect(find(list, 'Rusia')).toMatchObject({ type: 'place', ref: 'country:RU' });
    expect(find(list, 'Vladimir Putin')).toMatchObject({ type: 'person', role: 'source', title: 'Presiden', cue: { text: 'mengatakan' } });
  });

  it('reads kata X after a quote, and a stance verb as an actor', () => {
    const q = '"Kami siap membantu," kata Budanov kepada wartawan.';
    expect(find(names(q, 'id'), 'Budanov')).toMatchObject({ role: 'source', cue: { text: 'kata' } });
    const d = 'Korea Utara membantah laporan intelijen tersebut.';
    expect(find(names(d, 'id'), 'Korea Utara')).toMatchObject({ role: 'actor', ref: 'country:KP' });
  });

  it('treats dia, katanya and pihaknya as unnamed sources, not names', () => {
    const r = extractEntitiesFromSentence('Rumah itu rusak berat, katanya.', 'id');
    expect(r.entities).toHaveLength(0);
    expect(r.anonymous[0]).toMatchObject({ text: 'katanya' });
    const s = extractEntitiesFromSentence('Dia mengatakan bantuan sudah tiba.', 'id');
    expect(s.anonymous).toHaveLength(1);
  });

  it('knows abbreviations of organisations, only in capitals', () => {
    expect(find(names('Data BNPB mencatat 12 desa terendam.', 'id'), 'BNPB')).toMatchObject({ type: 'organisation', ref: 'org:bnpb' });
    expect(find(names('Utusan PBB tiba kemarin.', 'id'), 'PBB')).toMatchObject({ ref: 'org:un' });
    // `Un` in a person's name is not the United Nations.
    expect(find(names('Pertemuan itu dihadiri Kim Jong Un dan pejabat lain.', 'id'), 'Kim Jong Un')).toMatchObject({ type: 'person' });
  });

  it('does not take a capitalised first word for a name when the document writes it in lower case', () => {
    const text = 'Namun laporan itu dibantah. Laporan tersebut muncul pekan lalu di media.';
    const r = extractEntities(text, segment(text, 'id'), 'id');
    expect(r.entities.map((e) => e.text)).toEqual([]);
  });

  it('skips a country naming a currency (dolar AS)', () => {
    expect(names('Harganya naik menjadi 80 dolar AS per barel.', 'id')).toHaveLength(0);
  });
});

describe('entity extraction, English', () => {
  it('reads "according to X" and "X said" with spans', () => {
    const s = 'According to Moscow, the drills lasted two weeks.';
    expect(find(names(s, 'en'), 'Moscow')).toMatchObject({ role: 'source', ref: 'country:RU' });
    const t = 'BNPB spokesman Abdul Muhari said 1,200 homes were flooded.';
    const list = names(t, 'en');
    expect(find(list, 'Abdul Muhari')).toMatchObject({ role: 'source', type: 'person' });
    expect(find(list, 'BNPB')).toMatchObject({ role: 'mention' });
    expectExactSpans(t, list);
  });

  it('reads "X told" and "said X" after a quote, not "said" inside a clause', () => {
    expect(find(names('Kyrylo Budanov told reporters the unit was ready.', 'en'), 'Kyrylo Budanov')).toMatchObject({ role: 'source' });
    expect(find(names('"We are ready," said Budanov on Tuesday.', 'en'), 'Budanov')).toMatchObject({ role: 'source', cue: { text: 'said' } });
    const list = names('Putin said Kim would visit in June.', 'en');
    expect(find(list, 'Putin')?.role).toBe('source');
    expect(find(list, 'Kim')?.role).toBe('mention');
  });

  it('treats "he", "the agency" and "officials" as unnamed sources', () => {
    expect(extractEntitiesFromSentence('The agency said 40 boats were ready.', 'en').anonymous).toHaveLength(1);
    expect(extractEntitiesFromSentence('He said the floods would recede.', 'en').anonymous).toHaveLength(1);
  });

  it('reads possessives and demonyms', () => {
    const list = names("Russia's defence ministry said North Korean troops had arrived.", 'en');
    expect(find(list, 'Russia')).toMatchObject({ ref: 'country:RU' });
    expect(find(list, 'North Korean')).toMatchObject({ ref: 'country:KP' });
  });

  it('keeps an institution that opens with a place whole', () => {
    expect(find(names('Shares of the two banks fell sharply on the Jakarta Stock Exchange on Monday.', 'en'), 'Jakarta Stock Exchange')).toMatchObject({ type: 'organisation' });
  });
});
