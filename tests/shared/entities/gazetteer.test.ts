import { describe, expect, it } from 'vitest';
import { buildGazetteerTables } from '../../../shared/entities/gazetteer-tables';
import { gazetteerTables } from '../../../shared/entities/gazetteer-prebuilt';
import { demonymPrefixes, longestName, lookupName, namesOfCountry, namesOfOrg } from '../../../shared/entities/gazetteer';
import { foldName } from '../../../shared/entities/fold';

describe('the gazetteer tables', () => {
  const tables = buildGazetteerTables();

  it('survive the JSON the command line build stores them in, order included', () => {
    // scripts/build-node.mjs puts JSON.stringify(buildGazetteerTables()) into the bundle.
    expect(JSON.parse(JSON.stringify(tables))).toEqual(tables);
    expect(gazetteerTables()).toEqual(tables);
  });

  it('hold each folded name once, with the first value it was given', () => {
    for (const list of [tables.country, tables.capital, tables.org]) {
      expect(new Set(list.map(([k]) => k)).size).toBe(list.length);
    }
    const us = tables.country.find(([k]) => k === foldName('Amerika Serikat'));
    expect(us?.[1]).toBe('US');
    expect(tables.longest).toBeGreaterThan(1);
  });

  it('answer the lookups', () => {
    expect(lookupName(foldName('Korea Utara'))).toEqual({ kind: 'country', code: 'KP' });
    expect(lookupName(foldName('Pyongyang'))).toEqual({ kind: 'capital', code: 'KP' });
    expect(lookupName(foldName('PBB'))).toEqual({ kind: 'org', code: 'un' });
    // a name written only in capitals is not a lower-case word spelt alike
    expect(lookupName(foldName('AS'), 'as')).toBeNull();
    expect(lookupName(foldName('Jordan'))).toBeNull();
    expect(longestName()).toBe(tables.longest);
    expect(namesOfCountry('KP')).toContain(foldName('Pyongyang'));
    expect(namesOfOrg('un')).toContain(foldName('United Nations'));
    expect(demonymPrefixes('IQ')).toContain('iraq');
  });
});
