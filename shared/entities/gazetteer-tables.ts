/**
 * The gazetteer's tables (./gazetteer) and how they are made: the country names of the
 * `i18n-iso-countries` locale data (imported as plain JSON so this runs in the browser and in
 * workers too) and the lists below, folded with {@link foldName}. The command line's build makes
 * them ahead of time (see ./gazetteer-prebuilt); its bundle then holds neither the locale data
 * nor this code.
 */
import enCountries from 'i18n-iso-countries/langs/en.json';
import idCountries from 'i18n-iso-countries/langs/id.json';
import { foldName } from './fold';

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

/** Country names too often something else (a person, a bird, a state) to be read as countries. */
const NOT_A_COUNTRY = new Set(['jordan', 'chad', 'georgia', 'turkey', 'guinea', 'niger', 'us', 'as', 'man', 'china, republik rakyat']);

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

/**
 * The gazetteer's tables as plain data: entries in the order they were added, keys folded with
 * {@link foldName}. The command line's build computes them ahead (see ./gazetteer-prebuilt).
 */
export interface GazetteerTables {
  /** Folded country name → ISO 3166 alpha-2 code. */
  country: Array<[string, string]>;
  /** Folded capital (or seat of government) → code of the country it can stand for. */
  capital: Array<[string, string]>;
  /** Folded organisation name or abbreviation → organisation key. */
  org: Array<[string, string]>;
  /** Folded names written only in capitals (`UN`, `AS`, `WHO`): a lower-case word spelt alike is not them. */
  capsOnly: string[];
  /** Longest name in words, to bound the longest-match scan. */
  longest: number;
}

/** Folds the names of the locale data and of the lists above into the gazetteer's tables. */
export function buildGazetteerTables(): GazetteerTables {
  const country = new Map<string, string>();
  const capital = new Map<string, string>();
  const org = new Map<string, string>();
  const capsOnly = new Set<string>();
  const mixed = new Set<string>();
  let longest = 1;
  const add = (map: Map<string, string>, name: string, value: string, keepShort = false): void => {
    const key = foldName(name);
    if (!key || (!keepShort && NOT_A_COUNTRY.has(key))) return;
    if (/\p{Ll}/u.test(name)) {
      mixed.add(key);
      capsOnly.delete(key);
    } else if (!mixed.has(key)) capsOnly.add(key);
    if (map.has(key)) return;
    map.set(key, value);
    longest = Math.max(longest, key.split(' ').length);
  };
  for (const locale of [enCountries as CountryLocale, idCountries as CountryLocale]) {
    for (const [code, names] of Object.entries(locale.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        // "Korea, Republic of" and similar inverted official forms never occur in running text.
        if (!name.includes(',') && !name.includes('(')) add(country, name, code);
      }
    }
  }
  for (const [code, names] of COUNTRY_EXTRA) for (const n of names.split('|')) add(country, n, code, true);
  for (const [code, names] of CAPITALS) for (const n of names.split('|')) add(capital, n, code, true);
  for (const [key, names] of ORGS) for (const n of names.split('|')) add(org, n, key, true);
  return { country: [...country], capital: [...capital], org: [...org], capsOnly: [...capsOnly], longest };
}
