/**
 * Figures of a language outside the Indonesian and English readers (a German–French memory, a
 * Spanish XLIFF): its digits read by its own convention (conventions.ts), and the few words that
 * belong to a figure written in digits: scale words (`12,75 Millionen`, `3 milliards`), percent
 * words (`3,5 Prozent`, `por ciento`), currency and month names (`4. Juni 2024`, `4 juin`), range
 * words (`zwischen … und`), clock words (`6.02 Uhr`, `20 h 30`) and ordinal marks (`10.`, `10e`).
 * Numbers written in words are not read in these languages: a reader that half knows a language's
 * number words would flag every one it misses.
 */
import { ENGLISH } from './english';
import type { Lexicon } from './lexicon';
import type { Qualifier } from './types';
import { primaryLang } from '../text/lang-tags';
import { ORDINAL_DOT_LANGS, OTHER_FUNCTION_WORDS } from '../text/words';

interface OtherWords {
  scales: Array<[string, number]>;
  percent?: string[];
  /** Two-word percent phrases (`pour cent`). */
  percentPhrases?: Array<[string, string]>;
  currencies?: Array<[string, string]>;
  /** January to December, with other spellings after a `|`. */
  months?: string[];
  /** Words joining an amount to its currency or its counted thing (`de` in `millions de francs`; an elided `d'`). */
  of?: string[];
  /** Words joining a day, its month and its year (`4 de junio de 2024`). */
  dateOf?: string[];
  /** Suffixes glued to digits that make them an ordinal (`1er`, `10e`, `3º`). */
  ordinalSuffixes?: string[];
  /** Abbreviated labels of a page, a number, an article (`S. 81`, `Nr. 4`, `p. 80`), space-separated. */
  labels?: string;
  /** Label words written out (`Artikel 5`, `chapitre 3`, `página 12`): the number after them is an identifier; space-separated. */
  labelWords?: string;
  /** Hedge words that also name a topic or a worth (see `Lexicon.topicWords`). */
  topicWords?: string[];
  /** Words joining two numbers into a range (`bis`, `au`) and into a list (`und`, `et`): `20 bis 22 Uhr`, `9. und 10. September`. */
  to?: string[];
  and?: string[];
  /** Range openers: `zwischen … und`, `entre … et` (`between`), and `von … bis`, `de … à` (`from`). */
  between?: [string, string];
  from?: string[];
  /** Words after an hour that make it a clock time (`Uhr`). */
  clockAfter?: string[];
  /** Words after an hour that make it a clock time when minutes follow or a word of `hourBefore` precedes (`20 h 30`, `à 5 heures`). */
  hourWords?: string[];
  hourBefore?: string[];
  /**
   * Hedges and bounds right before a number (`rund`, `environ`, `más de`, `au moins`), as the English
   * reader's `about`, `more than`, `at least`: per qualifier, its words and phrases (words joined by a space).
   */
  qualifiers?: Partial<Record<Exclude<Qualifier, 'exact' | 'magnitude'>, string[]>>;
}

const WORDS: Record<string, OtherWords> = {
  de: {
    topicWords: ['über'],
    labelWords: 'artikel kapitel seite seiten nummer band heft ziffer abschnitt anlage paragraf paragraph',
    qualifiers: {
      about: ['rund', 'etwa', 'circa', 'zirka', 'ungefähr', 'annähernd', 'fast', 'beinahe', 'nahezu', 'knapp', 'ca', 'rd'],
      'more-than': ['über', 'mehr als', 'weit über', 'gut über'],
      // (not a bare `unter`: `unter 500 Bewerbern` is "among")
      'less-than': ['weniger als', 'knapp unter', 'deutlich unter'],
      'at-least': ['mindestens', 'wenigstens', 'zumindest', 'nicht weniger als'],
      'at-most': ['höchstens', 'maximal', 'nicht mehr als'],
      'up-to': ['bis zu'],
    },
    between: ['zwischen', 'und'],
    from: ['von', 'vom'],
    to: ['bis'],
    and: ['und'],
    labels: 's nr abs bd hft jg',
    scales: [['tausend', 1e3], ['tsd', 1e3], ['mio', 1e6], ['million', 1e6], ['millionen', 1e6], ['mrd', 1e9], ['milliarde', 1e9], ['milliarden', 1e9], ['billion', 1e12], ['billionen', 1e12]],
    percent: ['prozent', 'prozentpunkte', 'prozentpunkt', 'prozentpunkten'],
    currencies: [['franken', 'CHF'], ['fr', 'CHF'], ['dollar', 'USD'], ['pfund', 'GBP'], ['rubel', 'RUB'], ['rupien', 'INR'], ['rupies', 'INR']],
    clockAfter: ['uhr'],
    months: ['januar|jänner', 'februar|feber', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  },
  fr: {
    labelWords: 'article articles alinéa chapitre page pages numéro tome paragraphe annexe',
    qualifiers: {
      about: ['environ', 'env', 'près de', 'quelque', 'approximativement', 'presque', 'quasiment', 'autour de', 'aux alentours de', 'à peu près'],
      'more-than': ['plus de', 'au-delà de', 'largement plus de', 'bien plus de'],
      'less-than': ['moins de', 'à peine moins de'],
      'at-least': ['au moins', 'au minimum', 'pas moins de'],
      'at-most': ['au plus', 'au maximum', 'pas plus de', 'tout au plus'],
    },
    between: ['entre', 'et'],
    from: ['de', 'du'],
    to: ['au', 'à'],
    and: ['et'],
    labels: 'n p t éd',
    scales: [['mille', 1e3], ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9], ['billion', 1e12], ['billions', 1e12]],
    percentPhrases: [['pour', 'cent']],
    of: ['de', "d'"],
    currencies: [['francs', 'CHF'], ['franc', 'CHF'], ['fr', 'CHF'], ['dollars', 'USD'], ['livres', 'GBP'], ['roubles', 'RUB'], ['roupies', 'INR']],
    ordinalSuffixes: ['e', 'er', 're', 'ère', 'ème', 'eme', 'è', 'nd', 'nde'],
    hourWords: ['h', 'heures', 'heure'],
    hourBefore: ['à', 'a', 'vers', 'dès', 'jusqu'],
    months: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
  },
  es: {
    labelWords: 'artículo artículos articulo capítulo capitulo página páginas pagina número numero apartado tomo párrafo anexo',
    qualifiers: {
      about: ['unos', 'unas', 'alrededor de', 'alrededor del', 'cerca de', 'cerca del', 'aproximadamente', 'aprox', 'casi', 'en torno a', 'en torno al'],
      'more-than': ['más de', 'mas de', 'más del', 'mas del', 'por encima de', 'por encima del'],
      'less-than': ['menos de', 'menos del', 'por debajo de', 'por debajo del'],
      'at-least': ['al menos', 'por lo menos', 'como mínimo', 'como minimo', 'no menos de'],
      'at-most': ['como máximo', 'como maximo', 'a lo sumo', 'no más de', 'no mas de'],
    },
    between: ['entre', 'y'],
    from: ['de', 'del'],
    to: ['al', 'a'],
    and: ['y'],
    labels: 'pág núm n t',
    scales: [['mil', 1e3], ['millón', 1e6], ['millon', 1e6], ['millones', 1e6], ['billón', 1e12], ['billones', 1e12]],
    percentPhrases: [['por', 'ciento'], ['puntos', 'porcentuales']],
    of: ['de'],
    dateOf: ['de'],
    currencies: [['dólares', 'USD'], ['dolares', 'USD'], ['dólar', 'USD'], ['libras', 'GBP'], ['euros', 'EUR']],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  },
  it: {
    labelWords: 'articolo articoli capitolo pagina pagine numero comma paragrafo allegato',
    qualifiers: {
      about: ['circa', 'ca', 'quasi', 'intorno a', 'intorno ai', 'intorno al', 'attorno a', 'attorno ai', 'approssimativamente'],
      'more-than': ['oltre', 'più di', 'piu di', 'più del', 'piu del', 'più dei', 'oltre il'],
      'less-than': ['meno di', 'meno del', 'meno dei'],
      'at-least': ['almeno', 'come minimo', 'non meno di'],
      'at-most': ['al massimo', 'non più di'],
      'up-to': ['fino a'],
    },
    between: ['tra', 'e'],
    from: ['da', 'dal'],
    to: ['al', 'a'],
    and: ['e'],
    labels: 'pag n',
    scales: [['mila', 1e3], ['mille', 1e3], ['milione', 1e6], ['milioni', 1e6], ['miliardo', 1e9], ['miliardi', 1e9]],
    percentPhrases: [['per', 'cento'], ['punti', 'percentuali']],
    of: ['di'],
    currencies: [['dollari', 'USD'], ['dollaro', 'USD'], ['franchi', 'CHF'], ['sterline', 'GBP']],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  pt: {
    labelWords: 'artigo artigos capítulo capitulo página páginas pagina número numero parágrafo inciso anexo',
    qualifiers: {
      about: ['cerca de', 'quase', 'aproximadamente', 'perto de', 'em torno de', 'por volta de'],
      'more-than': ['mais de', 'mais do que', 'acima de'],
      'less-than': ['menos de', 'menos do que', 'abaixo de'],
      'at-least': ['pelo menos', 'no mínimo', 'no minimo', 'ao menos', 'não menos de'],
      'at-most': ['no máximo', 'no maximo', 'não mais de'],
    },
    between: ['entre', 'e'],
    from: ['de', 'do'],
    to: ['a', 'ao'],
    and: ['e'],
    labels: 'pág n nº',
    scales: [['mil', 1e3], ['milhão', 1e6], ['milhao', 1e6], ['milhões', 1e6], ['milhoes', 1e6], ['bilhão', 1e9], ['bilhao', 1e9], ['bilhões', 1e9], ['bilhoes', 1e9]],
    percentPhrases: [['por', 'cento'], ['pontos', 'percentuais']],
    of: ['de'],
    dateOf: ['de'],
    currencies: [['dólares', 'USD'], ['dolares', 'USD'], ['reais', 'BRL'], ['real', 'BRL'], ['libras', 'GBP']],
    months: ['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  },
  nl: {
    labelWords: 'artikel hoofdstuk pagina bladzijde nummer paragraaf bijlage',
    qualifiers: {
      about: ['ongeveer', 'ong', 'circa', 'ca', 'rond', 'rond de', 'bijna', 'zowat', 'nagenoeg', 'ruwweg'],
      'more-than': ['meer dan', 'ruim', 'ruim boven', 'boven de'],
      'less-than': ['minder dan', 'onder de'],
      'at-least': ['minstens', 'ten minste', 'tenminste', 'minimaal', 'niet minder dan'],
      'at-most': ['hoogstens', 'maximaal', 'ten hoogste', 'niet meer dan'],
    },
    between: ['tussen', 'en'],
    from: ['van'],
    to: ['tot'],
    and: ['en'],
    labels: 'blz nr',
    scales: [['duizend', 1e3], ['mln', 1e6], ['miljoen', 1e6], ['miljoenen', 1e6], ['mld', 1e9], ['miljard', 1e9], ['biljoen', 1e12]],
    percent: ['procent', 'procentpunt', 'procentpunten'],
    currencies: [['dollar', 'USD'], ['pond', 'GBP']],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  sv: {
    labelWords: 'artikel kapitel sida nummer paragraf',
    qualifiers: {
      about: ['cirka', 'ca', 'omkring', 'ungefär', 'nästan', 'runt'],
      'more-than': ['över', 'mer än', 'drygt'],
      // (not a bare `under`: also "during", `under 3 dagar`)
      'less-than': ['mindre än', 'färre än'],
      'at-least': ['minst'],
      'at-most': ['högst', 'max'],
      'up-to': ['upp till'],
    },
    to: ['till'],
    and: ['och'],
    scales: [['tusen', 1e3], ['miljon', 1e6], ['miljoner', 1e6], ['miljard', 1e9], ['miljarder', 1e9], ['mdr', 1e9]],
    percent: ['procent', 'procentenheter', 'procentenhet'],
    currencies: [['kronor', 'SEK'], ['dollar', 'USD']],
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  },
  da: {
    labelWords: 'artikel kapitel side nummer',
    qualifiers: {
      about: ['cirka', 'ca', 'omkring', 'næsten', 'godt og vel'],
      'more-than': ['over', 'mere end', 'flere end'],
      'less-than': ['mindre end', 'færre end'],
      'at-least': ['mindst'],
      'at-most': ['højst', 'maksimalt'],
      'up-to': ['op til'],
    },
    to: ['til'],
    and: ['og'],
    scales: [['tusind', 1e3], ['million', 1e6], ['millioner', 1e6], ['mio', 1e6], ['milliard', 1e9], ['milliarder', 1e9], ['mia', 1e9]],
    percent: ['procent', 'procentpoint'],
    currencies: [['kroner', 'DKK'], ['dollar', 'USD']],
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  },
  nb: {
    labelWords: 'artikkel kapittel side nummer',
    qualifiers: {
      about: ['cirka', 'ca', 'omkring', 'nesten', 'rundt'],
      'more-than': ['over', 'mer enn', 'flere enn'],
      'less-than': ['mindre enn', 'færre enn'],
      'at-least': ['minst'],
      'at-most': ['høyst', 'maksimalt'],
      'up-to': ['opptil', 'inntil'],
    },
    to: ['til'],
    and: ['og'],
    scales: [['tusen', 1e3], ['million', 1e6], ['millioner', 1e6], ['mill', 1e6], ['milliard', 1e9], ['milliarder', 1e9], ['mrd', 1e9]],
    percent: ['prosent', 'prosentpoeng'],
    currencies: [['kroner', 'NOK'], ['dollar', 'USD']],
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  },
  pl: {
    scales: [['tys', 1e3], ['tysiąc', 1e3], ['tysiące', 1e3], ['tysięcy', 1e3], ['mln', 1e6], ['milion', 1e6], ['miliony', 1e6], ['milionów', 1e6], ['mld', 1e9], ['miliard', 1e9], ['miliardy', 1e9], ['miliardów', 1e9]],
    percent: ['procent', 'proc'],
    currencies: [['złotych', 'PLN'], ['zł', 'PLN'], ['dolarów', 'USD']],
  },
  cs: {
    scales: [['tis', 1e3], ['tisíc', 1e3], ['mil', 1e6], ['milion', 1e6], ['miliony', 1e6], ['milionů', 1e6], ['mld', 1e9], ['miliarda', 1e9], ['miliardy', 1e9], ['miliard', 1e9]],
    percent: ['procent', 'procenta'],
    currencies: [['korun', 'CZK'], ['kč', 'CZK'], ['dolarů', 'USD']],
  },
  ru: {
    scales: [['тыс', 1e3], ['тысяча', 1e3], ['тысячи', 1e3], ['тысяч', 1e3], ['млн', 1e6], ['миллион', 1e6], ['миллиона', 1e6], ['миллионов', 1e6], ['млрд', 1e9], ['миллиард', 1e9], ['миллиарда', 1e9], ['миллиардов', 1e9], ['трлн', 1e12]],
    percent: ['процент', 'процента', 'процентов'],
    currencies: [['рублей', 'RUB'], ['рубля', 'RUB'], ['руб', 'RUB'], ['долларов', 'USD'], ['доллара', 'USD'], ['евро', 'EUR']],
  },
  tr: {
    scales: [['bin', 1e3], ['milyon', 1e6], ['milyar', 1e9], ['trilyon', 1e12]],
    currencies: [['lira', 'TRY'], ['dolar', 'USD'], ['avro', 'EUR']],
  },
  ms: {
    scales: [['ribu', 1e3], ['juta', 1e6], ['bilion', 1e9]],
    percent: ['peratus'],
    currencies: [['ringgit', 'MYR']],
  },
};
// Norwegian Nynorsk and the macrolanguage tag write their figures as Bokmål does
WORDS.nn = WORDS.nb;
WORDS.no = WORDS.nb;

/** A language's hedge and bound words as the lexicon's map (phrase → qualifier). */
function qualifierMap(q: OtherWords['qualifiers']): Map<string, Qualifier> {
  const out = new Map<string, Qualifier>();
  for (const [qualifier, phrases] of Object.entries(q ?? {})) for (const p of phrases ?? []) out.set(p, qualifier as Qualifier);
  return out;
}

/** `3º`, `1ª`: the ordinal indicators of Spanish, Portuguese, Italian and Galician, in any language. */
const ORDINAL_SIGNS = ['º', 'ª'];

const NONE = new Set<string>();
const NO_MAP = new Map<string, never>();
const noNumber = () => null;

const lexicons = new Map<string, Lexicon>();

/**
 * The lexicon a language outside the word readers is read with: no number words; its own scale,
 * percent, currency, month, range, clock and ordinal words, its hedges and bounds, and its labels (`WORDS`).
 * The English scale words (`million`) stay readable after digits in every language but one whose own
 * word means another scale (French `billion` = 10¹²). A language without an entry is read by its
 * digits alone.
 */
export function otherLanguageLexicon(tag: string): Lexicon {
  const primary = primaryLang(tag);
  const known = lexicons.get(primary);
  if (known) return known;
  const w = WORDS[primary];
  const months = new Map<string, number>();
  w?.months?.forEach((spellings, i) => spellings.split('|').forEach((s) => months.set(s, i + 1)));
  const lex: Lexicon = {
    ...ENGLISH,
    cardinal: noNumber,
    magnitude: noNumber,
    ordinal: noNumber,
    startsNumber: () => false,
    numberWord: () => false,
    scales: new Map([...ENGLISH.scales, ...(w?.scales ?? [])]),
    qualifiers: qualifierMap(w?.qualifiers),
    percentWords: new Set(w?.percent ?? []),
    percentPhrases: new Map(w?.percentPhrases ?? []),
    durations: NO_MAP,
    currencyWords: new Map([...ENGLISH.currencyWords, ...(w?.currencies ?? [])]),
    months,
    monthAbbrevs: NO_MAP,
    monthsNeedCapital: false,
    monthBefore: NONE,
    monthAfter: NONE,
    relativeYearAfter: NONE,
    relativeYearBefore: NONE,
    yearBefore: NONE,
    weekdays: NONE,
    rangeAnd: new Map(w?.between ? [w.between] : []),
    rangeFrom: new Set(w?.from ?? []),
    rangeTo: new Set(w?.to ?? []),
    partOf: NONE,
    multiplierWords: NO_MAP,
    timesWords: NONE,
    dayParts: NO_MAP,
    clockBefore: NONE,
    collectiveBefore: NONE,
    collectiveAfter: NONE,
    collectiveWords: NO_MAP,
    minusWords: NONE,
    yearParts: NO_MAP,
    monthJoiners: new Set([...(w?.to ?? []), ...(w?.and ?? [])]),
    listJoiners: new Set(w?.and ?? []),
    durationJoiners: NONE,
    qualifierFillers: NONE,
    boundVerbs: NONE,
    spanWords: NONE,
    neutralBefore: NONE,
    boundCompounds: NONE,
    leadingMonths: NONE,
    currencyOf: new Set(w?.of ?? []),
    dateOf: new Set(w?.dateOf ?? []),
    ordinalSuffixes: new Set(w?.ordinalSuffixes ?? ORDINAL_SIGNS),
    functionWords: OTHER_FUNCTION_WORDS[primary] ?? NONE,
    dottedLabels: new Set(w?.labels?.split(' ') ?? []),
    labelWords: new Set(w?.labelWords?.split(' ') ?? []),
    topicWords: new Set(w?.topicWords ?? []),
    clockAfter: new Set(w?.clockAfter ?? []),
    hourWords: new Set(w?.hourWords ?? []),
    hourBefore: new Set(w?.hourBefore ?? []),
    dayDot: ORDINAL_DOT_LANGS.has(primary),
  };
  lexicons.set(primary, lex);
  return lex;
}
