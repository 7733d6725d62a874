import { describe, it, expect } from 'vitest';
import { extractFromSentence, unitConcept } from '../../../shared/figures';
import { englishSingular as es, indonesianSingular } from '../../../shared/figures/units';

describe('unitConcept', () => {
  it('maps both languages to one concept', () => {
    for (const u of ['tentara', 'prajurit', 'pasukan', 'serdadu']) expect(unitConcept(u, 'id')).toBe('troops');
    for (const u of ['troops', 'soldiers', 'Troops', 'soldier']) expect(unitConcept(u, 'en')).toBe('troops');
    expect(unitConcept('korban tewas', 'id')).toBe('killed');
    expect(unitConcept('tewas', 'id')).toBe('killed');
    expect(unitConcept('killed', 'en')).toBe('killed');
    expect(unitConcept('dead', 'en')).toBe('killed');
    expect(unitConcept('orang', 'id')).toBe('people');
    expect(unitConcept('people', 'en')).toBe('people');
    expect(unitConcept('persons', 'en')).toBe('people');
    expect(unitConcept('warga sipil', 'id')).toBe(unitConcept('civilians', 'en'));
    expect(unitConcept('desa', 'id')).toBe(unitConcept('villages', 'en'));
    expect(unitConcept('permukiman', 'id')).toBe(unitConcept('settlements', 'en'));
    expect(unitConcept('rudal', 'id')).toBe(unitConcept('missiles', 'en'));
    expect(unitConcept('drone', 'id')).toBe(unitConcept('drones', 'en'));
    expect(unitConcept('tank', 'id')).toBe(unitConcept('tanks', 'en'));
    expect(unitConcept('kilometer', 'id')).toBe(unitConcept('km', 'en'));
    expect(unitConcept('ton', 'id')).toBe(unitConcept('tonnes', 'en'));
    expect(unitConcept('rumah', 'id')).toBe(unitConcept('houses', 'en'));
    expect(unitConcept('anak', 'id')).toBe(unitConcept('children', 'en'));
    expect(unitConcept('anak-anak', 'id')).toBe(unitConcept('children', 'en'));
    expect(unitConcept('brigade', 'id')).toBe(unitConcept('brigades', 'en'));
    expect(unitConcept('batalion', 'id')).toBe(unitConcept('battalions', 'en'));
  });

  it('normalises unknown units to a lower-case singular', () => {
    expect(unitConcept('Climbers', 'en')).toBe('climber');
    expect(unitConcept('cities', 'en')).toBe(unitConcept('city', 'en'));
    expect(unitConcept('boxes', 'en')).toBe(unitConcept('box', 'en')); // a known concept (packages) since the tables are one
    expect(unitConcept('crates', 'en')).toBe('crate');
    expect(unitConcept('pendaki', 'id')).toBe('pendaki');
    expect(unitConcept('relawan-relawan', 'id')).toBe('volunteers'); // reduplication undone, then the table
    expect(unitConcept('pemanjat-pemanjat', 'id')).toBe('pemanjat');
    expect(unitConcept('paramilitary soldiers', 'en')).toBe('troops');
    expect(unitConcept(undefined, 'id')).toBeUndefined();
    expect(unitConcept('  ', 'en')).toBeUndefined();
  });

  it('stems English plurals lightly', () => {
    expect(es('troops')).toBe('troop');
    expect(es('news')).toBe('news');
    expect(es('bus')).toBe('bus');
    expect(es('churches')).toBe('church');
    expect(indonesianSingular('anak-anak')).toBe('anak');
    expect(indonesianSingular('kira-kira')).toBe('kira');
    expect(indonesianSingular('anti-tank')).toBe('anti-tank');
  });
});

describe('a weekday after the counted thing', () => {
  const unitOf = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => f.unit);
  it('English: dates the sentence when it closes the phrase, modifies the noun before one', () => {
    expect(unitOf('The survey questioned 640 adult Britons Sunday and found little change.', 'en')).toEqual(['Britons']);
    expect(unitOf('About 300 Sunday shoppers queued outside.', 'en')).toEqual(['shoppers']);
  });
  it('Indonesian: the counted thing comes first, the weekday after it is no unit', () => {
    expect(unitOf('Survei itu menanyai 640 warga Minggu lalu.', 'id')).toEqual(['warga']);
  });
});
