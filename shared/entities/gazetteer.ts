/**
 * Names that refer to the same party in Indonesian and English: countries, capitals that can
 * stand for their governments, demonyms, and the organisations whose names and abbreviations
 * news text uses most (the tables: ./gazetteer-tables). Keys are folded with `foldName` (./fold).
 */
import { gazetteerTables } from './gazetteer-prebuilt';

interface Gazetteer {
  COUNTRY: Map<string, string>;
  CAPITAL: Map<string, string>;
  ORG: Map<string, string>;
  CAPS_ONLY: Set<string>;
  longest: number;
}

let gazetteer: Gazetteer | null = null;

/**
 * The tables, made on first use, not when the module loads: commands that read no names
 * (segment, figures, align) do not pay for folding a thousand names at start-up (and the
 * command line's bundle carries them folded already: ./gazetteer-prebuilt).
 */
function tables(): Gazetteer {
  if (gazetteer) return gazetteer;
  const t = gazetteerTables();
  gazetteer = { COUNTRY: new Map(t.country), CAPITAL: new Map(t.capital), ORG: new Map(t.org), CAPS_ONLY: new Set(t.capsOnly), longest: t.longest };
  return gazetteer;
}

/** What a folded name refers to by the gazetteer, or null. */
export interface GazetteerHit {
  kind: 'country' | 'capital' | 'org';
  /** ISO code (country, capital) or organisation key. */
  code: string;
}

export function lookupName(folded: string, written?: string): GazetteerHit | null {
  const { CAPS_ONLY, ORG, COUNTRY, CAPITAL } = tables();
  if (written !== undefined && CAPS_ONLY.has(folded) && /\p{Ll}/u.test(written)) return null;
  const org = ORG.get(folded);
  if (org) return { kind: 'org', code: org };
  const country = COUNTRY.get(folded);
  if (country) return { kind: 'country', code: country };
  const capital = CAPITAL.get(folded);
  if (capital) return { kind: 'capital', code: capital };
  return null;
}

/** The longest name the gazetteer holds, in words. */
export function longestName(): number {
  return tables().longest;
}

/** Every folded name of a country (its names, demonyms and capitals), to find it in running text. */
export function namesOfCountry(code: string): string[] {
  const { COUNTRY, CAPITAL } = tables();
  const out: string[] = [];
  for (const [name, c] of COUNTRY) if (c === code) out.push(name);
  for (const [name, c] of CAPITAL) if (c === code) out.push(name);
  return out;
}

/** Every folded name of an organisation key. */
export function namesOfOrg(key: string): string[] {
  const { ORG } = tables();
  const out: string[] = [];
  for (const [name, k] of ORG) if (k === key) out.push(name);
  return out;
}

/**
 * Word prefixes that find a country's demonyms in running text (`somali` for Somalia finds
 * "Somali", `syri` finds "Syrians", `iraq` finds "Iraqi"): its one-word names less a final
 * vowel or two letters, never shorter than four.
 */
export function demonymPrefixes(code: string): string[] {
  const { COUNTRY } = tables();
  const out = new Set<string>();
  for (const [name, c] of COUNTRY) {
    if (c !== code || name.includes(' ') || name.length < 4) continue;
    out.add(name.slice(0, Math.max(4, name.length - (/[aeiou]$/.test(name) ? 1 : 2))));
  }
  return [...out];
}
