/**
 * The words of military units, one list for every rule that reads a number as a unit's name (`the 101st Airborne
 * Division`, `42 Commando`, *Brigade 3*, *divisi infantri ke tiga*), not a count or a rank. Pure data.
 */

/** Nouns that name a military unit, English and Indonesian, lower case (*Brigade 3*, `Battalion 201`, `3 Squadron`). */
export const MILITARY_UNIT_NOUNS: ReadonlySet<string> = new Set([
  'division', 'brigade', 'regiment', 'battalion', 'squadron', 'corps', 'commando', 'commandos', 'platoon', 'flotilla',
  'divisi', 'brigif', 'batalyon', 'batalion', 'yonif', 'kompi', 'resimen', 'skuadron', 'korps', 'komando', 'kommando',
  'kodam', 'korem', 'kodim', 'lantamal', 'lanud',
]);

/**
 * Words of a unit's name that are no unit by themselves, or name a fleet or an army as often counted (`Armada 5 kapal`):
 * a rank before them still makes a name (`the 3rd Infantry Division`, `the Fifth Fleet`, *armada ketiga*), a number
 * after them does not.
 */
export const MILITARY_NAME_WORDS: ReadonlySet<string> = new Set(['infantry', 'cavalry', 'airborne', 'marines', 'artillery', 'army', 'fleet', 'armada']);
