import type { Lang } from '../text/types';
import type { Figure } from '../figures/types';
import { unitConcept } from '../figures';

/**
 * A private, minimal table of what figures count, used by the drift engine to decide whether two
 * figures count the same thing (`tentara` / `prajurit` / `troops` / `soldiers`) and to name ledger
 * groups. `family` says which concepts may stand for each other: two different concepts of a
 * measuring family (`company` vs `battalion`, `ton` vs `kilogram`) are a unit drift, while people
 * words (`warga` vs `evacuees`) are too loosely used by translators to be called a drift.
 */
export type UnitFamily =
  | 'people'
  | 'military-unit'
  | 'mass'
  | 'length'
  | 'area'
  | 'volume'
  | 'time'
  | 'vehicle'
  | 'building'
  | 'place'
  | 'goods'
  | 'animal'
  | 'other';

interface ConceptEntry {
  concept: string;
  family: UnitFamily;
  id: string[];
  en: string[];
}

/** Families whose members measure the same dimension in different sizes: a swap changes the figure. */
const MEASURING: ReadonlySet<UnitFamily> = new Set<UnitFamily>([
  'military-unit',
  'mass',
  'length',
  'area',
  'volume',
  'time',
]);

const TABLE: ConceptEntry[] = [
  { concept: 'troops', family: 'people', id: ['tentara', 'prajurit', 'pasukan', 'serdadu', 'tentara infanteri', 'prajurit infanteri'], en: ['troops', 'troop', 'soldier', 'servicemen', 'infantry', 'infantry troops', 'infantry soldier'] },
  { concept: 'volunteers', family: 'people', id: ['relawan', 'sukarelawan'], en: ['volunteer'] },
  { concept: 'people', family: 'people', id: ['orang', 'jiwa', 'manusia', 'lainnya', 'orang lainnya'], en: ['people', 'person', 'others', 'individual'] },
  { concept: 'residents', family: 'people', id: ['warga', 'penduduk', 'warga desa'], en: ['resident', 'inhabitant', 'villager', 'citizen'] },
  { concept: 'evacuees', family: 'people', id: ['pengungsi'], en: ['evacuee', 'refugee', 'displaced', 'displaced people'] },
  { concept: 'children', family: 'people', id: ['anak', 'balita', 'siswa', 'murid', 'pelajar'], en: ['child', 'children', 'toddler', 'student', 'pupil'] },
  { concept: 'elderly', family: 'people', id: ['lansia', 'lanjut usia'], en: ['elderly', 'elderly people', 'elderly resident', 'senior'] },
  { concept: 'medical workers', family: 'people', id: ['tenaga medis', 'tenaga kesehatan', 'nakes', 'dokter', 'perawat', 'bidan'], en: ['medical worker', 'health worker', 'medic', 'doctor', 'nurse', 'midwife'] },
  { concept: 'workers', family: 'people', id: ['pekerja', 'buruh', 'karyawan', 'pegawai', 'tenaga kerja', 'tenaga'], en: ['worker', 'employee', 'labourer', 'laborer', 'staff'] },
  { concept: 'victims', family: 'people', id: ['korban', 'korban jiwa', 'korban tewas'], en: ['victim', 'casualty', 'casualties'] },
  { concept: 'dead', family: 'people', id: ['tewas', 'meninggal', 'meninggal dunia'], en: ['dead', 'death', 'killed', 'fatality', 'fatalities'] },
  { concept: 'families', family: 'people', id: ['keluarga', 'kepala keluarga', 'kk'], en: ['family', 'families', 'household'] },
  { concept: 'participants', family: 'people', id: ['peserta'], en: ['participant'] },
  { concept: 'farmers', family: 'people', id: ['petani'], en: ['farmer'] },
  { concept: 'fishermen', family: 'people', id: ['nelayan'], en: ['fisherman', 'fishermen', 'fisher'] },
  { concept: 'passengers', family: 'people', id: ['penumpang'], en: ['passenger'] },
  { concept: 'patients', family: 'people', id: ['pasien'], en: ['patient'] },
  { concept: 'companies', family: 'military-unit', id: ['kompi'], en: ['company', 'companies'] },
  { concept: 'battalions', family: 'military-unit', id: ['batalion', 'batalyon'], en: ['battalion'] },
  { concept: 'brigades', family: 'military-unit', id: ['brigade'], en: ['brigade'] },
  { concept: 'divisions', family: 'military-unit', id: ['divisi'], en: ['division'] },
  { concept: 'platoons', family: 'military-unit', id: ['peleton'], en: ['platoon'] },
  { concept: 'regiments', family: 'military-unit', id: ['resimen'], en: ['regiment'] },
  { concept: 'tonnes', family: 'mass', id: ['ton'], en: ['ton', 'tonne', 'metric ton'] },
  { concept: 'kilograms', family: 'mass', id: ['kilogram', 'kg'], en: ['kilogram', 'kilo', 'kg'] },
  { concept: 'grams', family: 'mass', id: ['gram', 'g'], en: ['gram', 'g'] },
  { concept: 'kilometres', family: 'length', id: ['kilometer', 'km'], en: ['kilometer', 'kilometre', 'km'] },
  { concept: 'metres', family: 'length', id: ['meter', 'm'], en: ['meter', 'metre', 'm'] },
  { concept: 'centimetres', family: 'length', id: ['sentimeter', 'cm'], en: ['centimeter', 'centimetre', 'cm'] },
  { concept: 'millimetres', family: 'length', id: ['milimeter', 'mm'], en: ['millimeter', 'millimetre', 'mm'] },
  { concept: 'hectares', family: 'area', id: ['hektare', 'hektar', 'ha'], en: ['hectare', 'ha'] },
  { concept: 'square kilometres', family: 'area', id: ['kilometer persegi', 'km2', 'km²'], en: ['square kilometer', 'square kilometre', 'km2', 'km²'] },
  { concept: 'square metres', family: 'area', id: ['meter persegi', 'm2', 'm²'], en: ['square meter', 'square metre', 'm2', 'm²'] },
  { concept: 'litres', family: 'volume', id: ['liter', 'l'], en: ['liter', 'litre', 'l'] },
  { concept: 'cubic metres', family: 'volume', id: ['meter kubik', 'm3', 'm³'], en: ['cubic meter', 'cubic metre', 'm3', 'm³'] },
  { concept: 'barrels', family: 'volume', id: ['barel'], en: ['barrel'] },
  { concept: 'seconds', family: 'time', id: ['detik'], en: ['second'] },
  { concept: 'minutes', family: 'time', id: ['menit'], en: ['minute'] },
  { concept: 'hours', family: 'time', id: ['jam'], en: ['hour'] },
  { concept: 'days', family: 'time', id: ['hari'], en: ['day'] },
  { concept: 'weeks', family: 'time', id: ['minggu', 'pekan'], en: ['week'] },
  { concept: 'months', family: 'time', id: ['bulan'], en: ['month'] },
  { concept: 'years', family: 'time', id: ['tahun'], en: ['year'] },
  { concept: 'decades', family: 'time', id: ['dekade', 'dasawarsa'], en: ['decade'] },
  { concept: 'boats', family: 'vehicle', id: ['perahu', 'perahu karet', 'kapal', 'sekoci', 'speedboat'], en: ['boat', 'rubber boat', 'ship', 'vessel', 'dinghy', 'speedboat'] },
  { concept: 'trucks', family: 'vehicle', id: ['truk', 'truk tangki'], en: ['truck', 'lorry', 'tanker truck'] },
  { concept: 'vehicles', family: 'vehicle', id: ['kendaraan', 'unit kendaraan', 'mobil'], en: ['vehicle', 'car'] },
  { concept: 'buses', family: 'vehicle', id: ['bus'], en: ['bus', 'buses'] },
  { concept: 'aircraft', family: 'vehicle', id: ['pesawat', 'helikopter'], en: ['aircraft', 'plane', 'helicopter'] },
  { concept: 'cranes', family: 'vehicle', id: ['derek', 'crane'], en: ['crane'] },
  { concept: 'houses', family: 'building', id: ['rumah', 'unit rumah', 'hunian'], en: ['house', 'home', 'dwelling'] },
  { concept: 'schools', family: 'building', id: ['sekolah', 'gedung sekolah'], en: ['school'] },
  { concept: 'bridges', family: 'building', id: ['jembatan', 'jembatan gantung'], en: ['bridge', 'suspension bridge'] },
  { concept: 'health posts', family: 'building', id: ['posko', 'posko kesehatan', 'puskesmas', 'pos'], en: ['post', 'health post', 'health center', 'clinic'] },
  { concept: 'shelters', family: 'building', id: ['titik pengungsian', 'titik', 'tenda'], en: ['evacuation site', 'evacuation point', 'site', 'shelter', 'tent'] },
  { concept: 'berths', family: 'building', id: ['dermaga', 'tambatan'], en: ['berth', 'pier', 'wharf'] },
  { concept: 'villages', family: 'place', id: ['desa', 'kampung', 'kelurahan'], en: ['village', 'hamlet'] },
  { concept: 'districts', family: 'place', id: ['kecamatan'], en: ['district', 'subdistrict'] },
  { concept: 'regencies', family: 'place', id: ['kabupaten', 'kota', 'kabupaten/kota'], en: ['regency', 'regencies', 'city', 'cities'] },
  { concept: 'provinces', family: 'place', id: ['provinsi'], en: ['province'] },
  { concept: 'countries', family: 'place', id: ['negara'], en: ['country', 'countries', 'nation'] },
  { concept: 'packages', family: 'goods', id: ['paket', 'paket makanan', 'paket sembako', 'bungkus', 'kotak'], en: ['package', 'pack', 'parcel', 'meal pack', 'box'] },
  { concept: 'doses', family: 'goods', id: ['dosis'], en: ['dose'] },
  { concept: 'containers', family: 'goods', id: ['kontainer', 'peti kemas', 'teu'], en: ['container', 'teu'] },
  { concept: 'units', family: 'goods', id: ['unit', 'buah'], en: ['unit'] },
  { concept: 'cases', family: 'other', id: ['kasus', 'perkara', 'insiden', 'kejadian'], en: ['case', 'incident'] },
  { concept: 'notes', family: 'other', id: ['catatan', 'rekomendasi'], en: ['note', 'recommendation'] },
  { concept: 'musicians', family: 'people', id: ['musisi', 'penyanyi', 'band'], en: ['musician', 'singer', 'band'] },
  { concept: 'spectators', family: 'people', id: ['penonton', 'pengunjung', 'wisatawan'], en: ['spectator', 'visitor', 'tourist', 'concertgoer'] },
  { concept: 'teachers', family: 'people', id: ['guru', 'pengajar'], en: ['teacher'] },
  { concept: 'officials', family: 'people', id: ['pejabat', 'aparatur', 'aparatur sipil negara', 'asn', 'pns'], en: ['official', 'civil servant'] },
  { concept: 'members', family: 'people', id: ['anggota', 'anggota dewan'], en: ['member', 'lawmaker', 'legislator'] },
  { concept: 'classrooms', family: 'building', id: ['ruang kelas', 'kelas'], en: ['classroom'] },
  { concept: 'hospitals', family: 'building', id: ['rumah sakit'], en: ['hospital'] },
  { concept: 'stages', family: 'building', id: ['panggung'], en: ['stage'] },
  { concept: 'banks', family: 'other', id: ['bank'], en: ['bank'] },
  { concept: 'refrigerators', family: 'goods', id: ['lemari pendingin', 'lemari es', 'kulkas'], en: ['refrigerator', 'fridge'] },
  { concept: 'teams', family: 'other', id: ['tim', 'regu'], en: ['team', 'crew'] },
  { concept: 'cattle', family: 'animal', id: ['sapi', 'ekor sapi', 'ternak', 'ekor'], en: ['cow', 'cattle', 'head of cattle', 'livestock'] },
];

interface Resolved {
  concept: string;
  family: UnitFamily;
}

function buildIndex(lang: Lang): Map<string, Resolved> {
  const index = new Map<string, Resolved>();
  for (const entry of TABLE) {
    for (const word of lang === 'id' ? entry.id : entry.en) {
      const key = normaliseWord(word, lang);
      if (!index.has(key)) index.set(key, { concept: entry.concept, family: entry.family });
    }
  }
  return index;
}

const INDEX: Record<Lang, Map<string, Resolved>> = { id: buildIndex('id'), en: buildIndex('en') };
const FAMILY_OF_CONCEPT = new Map<string, UnitFamily>(TABLE.map((e) => [e.concept, e.family]));

/** English plural → singular, one word. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(word)) return word;
  if (/(ches|shes|xes|sses|zzes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-cases, drops punctuation, undoes Indonesian reduplication (`anak-anak`) and English plurals. */
export function normaliseWord(phrase: string, lang: Lang): string {
  const words = phrase
    .toLowerCase()
    .replace(/[“”"'’().,;:!?]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      const redup = /^([a-z]+)-\1$/.exec(w);
      if (redup) return redup[1];
      return lang === 'en' ? singular(w) : w;
    });
  return words.join(' ');
}

/**
 * The concept a unit phrase names, with its family, from the private table: the whole phrase
 * first, then its head (Indonesian heads come first, `paket makanan`; English heads last,
 * `meal packs`), two words before one.
 */
export function lookupUnit(unit: string | undefined, lang: Lang): Resolved | undefined {
  if (!unit) return undefined;
  const norm = normaliseWord(unit, lang);
  if (!norm) return undefined;
  const index = INDEX[lang];
  const whole = index.get(norm);
  if (whole) return whole;
  const words = norm.split(' ');
  const candidates: string[] = [];
  if (lang === 'id') {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) candidates.push(words.slice(0, n).join(' '));
    // `korban tewas` / `orang tewas`: also try the rest of the phrase.
    for (let n = 1; n < words.length; n++) candidates.push(words.slice(n).join(' '));
  } else {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) candidates.push(words.slice(words.length - n).join(' '));
    for (let n = 1; n < words.length; n++) candidates.push(words.slice(0, words.length - n).join(' '));
  }
  for (const c of candidates) {
    const hit = index.get(c);
    if (hit) return hit;
  }
  return undefined;
}

/** What a figure counts, normalised across languages. */
export interface FigureConcept {
  /** `troops`, `IDR`, `days`; the normalised unit as written when the table does not know it. */
  name: string;
  /** True when the name came from the concept table (or the currency / duration unit). */
  known: boolean;
  family: UnitFamily | 'currency' | 'unknown';
  /** Concepts named anywhere in the figure's text (`650-meter wharf` → metres, berths). */
  mentions?: string[];
}

/** The concepts the words and word pairs of a figure's text name. */
function mentionedConcepts(text: string, lang: Lang): string[] {
  const words = normaliseWord(text.replace(/-/g, ' '), lang).split(' ');
  const index = INDEX[lang];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of [words[i], words.slice(i, i + 2).join(' ')]) {
      const hit = index.get(phrase);
      if (hit) out.add(hit.concept);
    }
  }
  return [...out];
}

/**
 * The unit with up to three neighbouring words of the figure's text, longest first: the words
 * before it in English (`demining troops`), after it in Indonesian (`tentara infanteri`).
 */
function modifiedPhrases(figure: Figure, lang: Lang): string[] {
  const unit = figure.unit ?? '';
  const text = figure.text;
  const at = text.toLowerCase().lastIndexOf(unit.toLowerCase());
  if (!unit || at < 0) return [];
  const isWord = (w: string) => /^[\p{L}][\p{L}'-]*$/u.test(w);
  const out: string[] = [];
  if (lang === 'en') {
    const before = text.slice(0, at).trim().split(/\s+/);
    const words: string[] = [];
    for (let i = before.length - 1; i >= 0 && words.length < 3 && isWord(before[i]); i--) words.unshift(before[i]);
    for (let n = words.length; n >= 1; n--) out.push([...words.slice(words.length - n), unit].join(' '));
  } else {
    const after = text.slice(at + unit.length).trim().split(/\s+/);
    const words: string[] = [];
    for (const w of after) {
      if (words.length >= 3 || !isWord(w)) break;
      words.push(w);
    }
    for (let n = words.length; n >= 1; n--) out.push([unit, ...words.slice(0, n)].join(' '));
  }
  return out;
}

const DURATION_CONCEPT: Record<string, string> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  decade: 'decades',
};

/**
 * The concept of a figure: the currency for money, the time unit for durations, else the
 * counted thing of `unit`: the private table's entry for the whole phrase, else `external` (the
 * figures core's `unitConcept`) when it knows the phrase, else the private table's head-noun
 * guess; else the normalised word, marked unknown.
 */
export function conceptOf(
  figure: Figure,
  lang: Lang,
  external: (unit: string, lang: Lang) => string | undefined | null = unitConcept,
): FigureConcept | undefined {
  if (figure.kind === 'money') {
    return figure.currency ? { name: figure.currency, known: true, family: 'currency' } : undefined;
  }
  if (figure.kind === 'duration' && figure.durationUnit) {
    const name = DURATION_CONCEPT[figure.durationUnit] ?? figure.durationUnit;
    return { name, known: true, family: 'time' };
  }
  if (!figure.unit) return undefined;
  const name = normaliseWord(figure.unit, lang);
  const mentions = mentionedConcepts(figure.text, lang);
  // A modifier written next to the unit may name a more precise thing (`demining troops`).
  const extUnit = external(figure.unit, lang);
  for (const phrase of modifiedPhrases(figure, lang)) {
    const hit = INDEX[lang].get(normaliseWord(phrase, lang));
    if (hit) return { name: hit.concept, known: true, family: hit.family, mentions };
    const ext = external(phrase, lang);
    if (ext && ext !== extUnit && ext !== normaliseWord(phrase, lang) && ext !== phrase.toLowerCase()) {
      return { name: ext, known: true, family: FAMILY_OF_CONCEPT.get(ext) ?? 'unknown', mentions };
    }
  }
  const whole = INDEX[lang].get(name);
  if (whole) return { name: whole.concept, known: true, family: whole.family, mentions };
  // The external normaliser returns unknown words as they are (singular); only a changed word
  // is a concept it knows. It comes before our head-noun guess (`demining troops` → deminers).
  const ext = external(figure.unit, lang);
  if (ext && ext !== name && ext !== figure.unit.toLowerCase()) {
    return { name: ext, known: true, family: FAMILY_OF_CONCEPT.get(ext) ?? 'unknown', mentions };
  }
  const own = lookupUnit(figure.unit, lang);
  if (own) return { name: own.concept, known: true, family: own.family, mentions };
  return name ? { name, known: false, family: 'unknown' } : undefined;
}

/** How two concepts relate: the same thing, unknown (a side has none or is not in the table), or different. */
export type ConceptRelation = 'same' | 'unknown' | 'different';

/**
 * Compares two concepts. Unknown words compare equal only when they are the same word in the
 * same language; different known concepts are `different` when their families differ or the
 * family measures a dimension (`kompi` vs `battalions`); people words stay `unknown`.
 */
export function relateConcepts(
  a: FigureConcept | undefined,
  b: FigureConcept | undefined,
  sameLang: boolean,
): ConceptRelation {
  if (!a || !b) return 'unknown';
  if (a.name === b.name) return a.known || sameLang ? 'same' : 'unknown';
  if (!a.known || !b.known) return 'unknown';
  // The extractor may have taken a neighbouring noun as the unit (`650-meter wharf`): a concept
  // the other figure's text names is the same thing.
  if (a.mentions?.includes(b.name) || b.mentions?.includes(a.name)) return 'same';
  if (a.family === 'currency' || b.family === 'currency') return 'different';
  if (a.family === 'unknown' || b.family === 'unknown') return 'unknown';
  if (a.family !== b.family) return 'different';
  if (MEASURING.has(a.family as UnitFamily)) return 'different';
  return 'unknown';
}

/** The word for a concept of the table in a language (`troops` → `tentara`), or undefined when unknown. */
export function conceptWord(concept: string, lang: Lang): string | undefined {
  const entry = TABLE.find((e) => e.concept === concept);
  return entry ? entry[lang][0] : undefined;
}
