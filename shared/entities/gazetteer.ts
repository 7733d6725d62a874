/**
 * Names that refer to the same party in Indonesian and English: countries (from the
 * `i18n-iso-countries` locale data, imported as plain JSON so this runs in the browser and in
 * workers too), capitals that can stand for their governments, demonyms, and the organisations
 * whose names and abbreviations news text uses most. Keys are folded with {@link foldName}.
 */
import enCountries from 'i18n-iso-countries/langs/en.json';
import idCountries from 'i18n-iso-countries/langs/id.json';
import { foldName } from './fold';

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

/** Folded country name → ISO 3166 alpha-2 code. */
const COUNTRY = new Map<string, string>();
/** Folded capital (or seat of government) → code of the country it can stand for. */
const CAPITAL = new Map<string, string>();
/** Folded organisation name or abbreviation → organisation key. */
const ORG = new Map<string, string>();
/** Folded names written only in capitals (`UN`, `AS`, `WHO`): a lower-case word spelt alike is not them. */
const CAPS_ONLY = new Set<string>();
/** Folded names also written in lower or mixed case. */
const MIXED = new Set<string>();
/** Longest name in words, to bound the longest-match scan. */
let longest = 1;

/** Country names too often something else (a person, a bird, a state) to be read as countries. */
const NOT_A_COUNTRY = new Set(['jordan', 'chad', 'georgia', 'turkey', 'guinea', 'niger', 'us', 'as', 'man', 'china, republik rakyat']);

function add(map: Map<string, string>, name: string, value: string, keepShort = false): void {
  const key = foldName(name);
  if (!key || (!keepShort && NOT_A_COUNTRY.has(key))) return;
  if (/\p{Ll}/u.test(name)) {
    MIXED.add(key);
    CAPS_ONLY.delete(key);
  } else if (!MIXED.has(key)) CAPS_ONLY.add(key);
  if (map.has(key)) return;
  map.set(key, value);
  longest = Math.max(longest, key.split(' ').length);
}


/** Everyday names the locale data lacks (short forms, older spellings, abbreviations written in capitals). */
const COUNTRY_EXTRA: Array<[string, string]> = [
  ['KP', 'Korut|DPRK|DPR Korea|Republik Demokratik Rakyat Korea|North Korean'],
  ['KR', 'Korsel|ROK|South Korean'],
  ['US', 'AS|Amerika|America|USA|U.S.|American|Amerika Serikat|Fed|Federal Reserve|Wall Street'],
  ['GB', 'Inggris|Inggeris|Britain|England|UK|U.K.|British|Briton|Britons|Kerajaan Inggris'],
  ['CN', 'Tiongkok|Cina|RRT|RRC|Chinese|PRC'],
  ['RU', 'Russian|Federasi Rusia'],
  ['UA', 'Ukrainian'],
  ['JP', 'Japanese'],
  ['ID', 'Indonesian|RI|Republik Indonesia'],
  ['AU', 'Australian'],
  ['MY', 'Malaysian'],
  ['SG', 'Singaporean'],
  ['IN', 'Indian'],
  ['IR', 'Iranian'],
  ['IL', 'Israeli'],
  ['FR', 'French|Perancis|Prancis'],
  ['ES', 'Spanish|Spanyol|Spaniard'],
  ['GR', 'Greek|Yunani'],
  ['DK', 'Danish|Denmark|Denmark'],
  ['SE', 'Swedish|Swedia'],
  ['NO', 'Norwegian|Norwegia'],
  ['PL', 'Polish|Polandia'],
  ['FI', 'Finnish|Finlandia'],
  ['PT', 'Portuguese|Portugis'],
  ['CH', 'Swiss|Swis'],
  ['NZ', 'Selandia Baru|New Zealander'],
  ['AF', 'Afghan'],
  ['LK', 'Sri Lankan|Srilanka'],
  ['HK', 'Hongkong'],
  ['DZ', 'Aljazair|Algerian'],
  ['DE', 'German'],
  ['NL', 'Dutch|Holland'],
  ['TR', 'Turkish|Turki|Türkiye'],
  ['SA', 'Saudi|Arab Saudi'],
  ['PH', 'Philippine|Filipino|Filipina'],
  ['TH', 'Thai'],
  ['VN', 'Vietnamese|Vietnam'],
  ['PK', 'Pakistani'],
  ['EG', 'Egyptian|Mesir'],
  ['SY', 'Syrian'],
  ['IQ', 'Iraqi'],
  ['TW', 'Taiwanese'],
  ['PS', 'Palestinian|Palestina'],
  ['LB', 'Libanon|Lebanese'],
  ['CO', 'Kolombia|Colombian'],
  ['TL', 'Timor Leste|East Timor|Timor Timur|Timtim'],
];

/** Capitals and seats of government that news text uses for the government itself. */
const CAPITALS: Array<[string, string]> = [
  ['KP', 'Pyongyang'],
  ['KR', 'Seoul'],
  ['RU', 'Moskow|Moscow|Kremlin|Moskwa'],
  ['UA', 'Kyiv|Kiev|Kiyv|Kiew'],
  ['US', 'Washington|Gedung Putih|White House|Pentagon'],
  ['CN', 'Beijing|Peking'],
  ['JP', 'Tokyo|Tokio'],
  ['GB', 'London|Downing Street'],
  ['FR', 'Paris|Elysee'],
  ['DE', 'Berlin'],
  ['IR', 'Teheran|Tehran'],
  ['TR', 'Ankara'],
  ['IN', 'New Delhi'],
  ['AU', 'Canberra'],
  ['MY', 'Kuala Lumpur|Putrajaya'],
  ['PH', 'Manila'],
  ['TH', 'Bangkok'],
  ['VN', 'Hanoi'],
  ['ID', 'Jakarta'],
  ['SA', 'Riyadh|Riyad'],
  ['EG', 'Kairo|Cairo'],
  ['TW', 'Taipei'],
  ['PK', 'Islamabad'],
  ['AF', 'Kabul'],
  ['SY', 'Damaskus|Damascus'],
  ['IQ', 'Bagdad|Baghdad'],
  ['BY', 'Minsk'],
  ['PL', 'Warsawa|Warsaw'],
  ['IT', 'Roma|Rome'],
  ['ES', 'Madrid'],
  ['IL', 'Yerusalem|Jerusalem|Tel Aviv'],
];

/** Organisations by key, with their Indonesian and English names and abbreviations. */
const ORGS: Array<[string, string]> = [
  ['un', 'PBB|Perserikatan Bangsa-Bangsa|UN|U.N.|United Nations'],
  ['eu', 'Uni Eropa|UE|EU|European Union'],
  ['nato', 'NATO|Pakta Pertahanan Atlantik Utara'],
  ['who', 'WHO|Organisasi Kesehatan Dunia|World Health Organization|World Health Organisation'],
  ['imf', 'IMF|Dana Moneter Internasional|International Monetary Fund'],
  ['worldbank', 'Bank Dunia|World Bank'],
  ['adb', 'ADB|Bank Pembangunan Asia|Asian Development Bank'],
  ['asean', 'ASEAN'],
  ['kpk', 'KPK|Komisi Pemberantasan Korupsi|Corruption Eradication Commission'],
  ['dpr', 'DPR|Dewan Perwakilan Rakyat|House of Representatives'],
  ['mpr', 'MPR|Majelis Permusyawaratan Rakyat|People\'s Consultative Assembly'],
  ['bnpb', 'BNPB|Badan Nasional Penanggulangan Bencana|National Disaster Management Agency|National Disaster Mitigation Agency'],
  ['bmkg', 'BMKG|Badan Meteorologi Klimatologi dan Geofisika|Meteorology Climatology and Geophysics Agency'],
  ['bps', 'BPS|Badan Pusat Statistik|Statistics Indonesia|Central Statistics Agency|Central Bureau of Statistics'],
  ['bi', 'BI|Bank Indonesia|Bank of Indonesia'],
  ['tni', 'TNI|Tentara Nasional Indonesia|Indonesian Military|Indonesian Armed Forces'],
  ['polri', 'Polri|Kepolisian Negara Republik Indonesia|Indonesian Police|National Police'],
  ['ojk', 'OJK|Otoritas Jasa Keuangan|Financial Services Authority'],
  ['kemlu', 'Kemlu|Kementerian Luar Negeri|Deplu|Departemen Luar Negeri|Foreign Ministry|Foreign Affairs Ministry|Ministry of Foreign Affairs|State Department|Department of State|Foreign Office'],
  ['kemenkes', 'Kemenkes|Kementerian Kesehatan|Depkes|Departemen Kesehatan|Health Ministry|Ministry of Health'],
  ['kemenkeu', 'Kemenkeu|Kementerian Keuangan|Depkeu|Departemen Keuangan|Finance Ministry|Ministry of Finance'],
  ['kemhan', 'Kemhan|Kementerian Pertahanan|Dephan|Departemen Pertahanan|Defence Ministry|Defense Ministry|Ministry of Defence|Ministry of Defense'],
  ['iaea', 'IAEA|Badan Energi Atom Internasional|International Atomic Energy Agency'],
  ['opec', 'OPEC'],
  ['wto', 'WTO|Organisasi Perdagangan Dunia|World Trade Organization'],
  ['unicef', 'UNICEF'],
  ['redcross', 'PMI|Palang Merah Indonesia|Indonesian Red Cross'],
  ['icrc', 'ICRC|Palang Merah Internasional|International Committee of the Red Cross|Red Cross'],
];

let built = false;

/**
 * Fills the tables on first use, not when the module loads: commands that read no names
 * (segment, figures, align) do not pay for folding a thousand names at start-up.
 */
function build(): void {
  if (built) return;
  built = true;
  for (const locale of [enCountries as CountryLocale, idCountries as CountryLocale]) {
    for (const [code, names] of Object.entries(locale.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        // "Korea, Republic of" and similar inverted official forms never occur in running text.
        if (!name.includes(',') && !name.includes('(')) add(COUNTRY, name, code);
      }
    }
  }
  for (const [code, names] of COUNTRY_EXTRA) for (const n of names.split('|')) add(COUNTRY, n, code, true);
  for (const [code, names] of CAPITALS) for (const n of names.split('|')) add(CAPITAL, n, code, true);
  for (const [key, names] of ORGS) for (const n of names.split('|')) add(ORG, n, key, true);
}

/** What a folded name refers to by the gazetteer, or null. */
export interface GazetteerHit {
  kind: 'country' | 'capital' | 'org';
  /** ISO code (country, capital) or organisation key. */
  code: string;
}

export function lookupName(folded: string, written?: string): GazetteerHit | null {
  build();
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
  build();
  return longest;
}

/** Every folded name of a country (its names, demonyms and capitals), to find it in running text. */
export function namesOfCountry(code: string): string[] {
  build();
  const out: string[] = [];
  for (const [name, c] of COUNTRY) if (c === code) out.push(name);
  for (const [name, c] of CAPITAL) if (c === code) out.push(name);
  return out;
}

/** Every folded name of an organisation key. */
export function namesOfOrg(key: string): string[] {
  build();
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
  build();
  const out = new Set<string>();
  for (const [name, c] of COUNTRY) {
    if (c !== code || name.includes(' ') || name.length < 4) continue;
    out.add(name.slice(0, Math.max(4, name.length - (/[aeiou]$/.test(name) ? 1 : 2))));
  }
  return [...out];
}
