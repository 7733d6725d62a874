/**
 * Figures of a language outside the Indonesian and English readers (a German–French memory, a
 * Spanish XLIFF): its digits read by its own convention (conventions.ts), and the few words that
 * belong to a figure written in digits: scale words (`12,75 Millionen`, `3 milliards`), percent
 * words (`3,5 Prozent`, `por ciento`), currency and month names (`4. Juni 2024`, `4 juin`), range
 * words (`zwischen … und`), clock words (`6.02 Uhr`, `20 h 30`) and ordinal marks (`10.`, `10e`).
 * Of numbers written in words, only the cardinals of one word from two on are read (`zwei`, `trois`, `doce`,
 * with a scale word after them: `zwei Millionen`): a reader that half knows a language's number words would
 * flag every one it misses, so compounds (`einundzwanzig`, `dix-sept`), ordinals and the word for one (also
 * the article) stay unread.
 */
import { ENGLISH } from './english';
import type { ClockPhrases, DayPart, Lexicon, WordNumber } from './lexicon';
import type { Qualifier } from './types';
import { primaryLang } from '../text/lang-tags';
import { ORDINAL_DOT_LANGS, OTHER_FUNCTION_WORDS } from '../text/words';
import { THAI_SCALE_WORDS } from './tokens';

interface OtherWords {
  scales: Array<[string, number]>;
  percent?: string[];
  /** Two-word percent phrases (`pour cent`). */
  percentPhrases?: Array<[string, string]>;
  /** The percent sign before the number, glued to it (`%12,5`). */
  percentBefore?: boolean;
  /** Words of percent before the number (`yüzde 58,4`). */
  percentWordsBefore?: string[];
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
  /** Words before a number that make it an hour (`saat 9`, `الساعة 9`). */
  clockBefore?: string[];
  /** Words before hours with minutes that make them a clock time, not a decimal (`alle 14.30`, `в 15.30`). */
  clockBeforeMinutes?: string[];
  /** Those of them that mean "at" (see `Lexicon.clockBeforeLateHour`). */
  clockBeforeLateHour?: string[];
  /** Words after an hour that make it a clock time when minutes follow or a word of `hourBefore` precedes (`20 h 30`, `à 5 heures`). */
  hourWords?: string[];
  hourBefore?: string[];
  /** Words of a part of the day before an hour (or its word of the hour) that make it a clock time (`sabah 9'da`, `akşam saat 8'de`). */
  dayPartsBefore?: Array<[string, DayPart]>;
  /** Words of a part of the day right after a bare hour that make it a clock time (`9 مساءً`, `9 утра`). */
  dayParts?: Array<[string, DayPart]>;
  /** Minutes and parts of the day said around a clock time (see `ClockPhrases`). */
  clockPhrases?: ClockPhrases;
  /** The word of half an hour before it (`halb fünf`: 4:30), and the words before it that make it a time of day. */
  halfHour?: [string, string[]];
  /**
   * Hedges and bounds right before a number (`rund`, `environ`, `más de`, `au moins`), as the English
   * reader's `about`, `more than`, `at least`: per qualifier, its words and phrases (words joined by a space).
   */
  qualifiers?: Partial<Record<Exclude<Qualifier, 'exact' | 'magnitude'>, string[]>>;
  /**
   * Words right before a number that make it a year unless a counted thing follows it (`en 1863`, `seit 1988`,
   * `desde 1990`); a word for year makes it one whatever follows (`im Jahre 1835 Herausgeber`).
   */
  yearBefore?: string;
  /**
   * Cardinals written as one word, from two on (`zwei`, `trois`, `doce`), space-separated `word=value`: a count
   * the other version may give in digits or in English words. Never the word for one (also the article: `ein`,
   * `un`, `una`), nor a word with a second everyday meaning (French `neuf` "new", read only before a plural word,
   * Italian `sei` "you are", `venti` "winds", Danish and Norwegian `to` beside English `to`).
   */
  cardinals?: string;
  /** Words for a hundred after a cardinal (French `cinq cents`), space-separated. */
  hundreds?: string;
  /**
   * Words of numbers the reader does not build (`ciento`, `doscientos`, `mil`, `hundert`, `tusen`, `y` inside
   * `treinta y cinco`), space-separated: a cardinal beside one is part of a longer number, left unread whole.
   */
  numberParts?: string;
  /** Fractions after a cardinal (`Drittel`, `tiers`, `tercios`), space-separated: `zwei Drittel` is no count of two. */
  fractions?: string;
  /**
   * Shares said in words before the word for "of", as English `half of`, `a third of`, `two thirds of`: `values`,
   * `word=value` space-separated (`moitié=0.5 tiers=1/3`), `before`, the words that may stand before one (`la un`),
   * and `of`, the words for "of" after it (`de des du`). `la moitié des salariés` is half; `réduit de moitié` is left
   * unread. A language with no article and no word for "of" (Russian `треть семей`, Arabic `ثلث الأسر`) gives neither:
   * its share word before any word is one.
   */
  shares?: { values: string; before?: string; of?: string };
  /**
   * Verbs of multiplying, `word=factor` space-separated (`verdoppelt=2`, `triplé=3`), as the English `doubled`, `tripled`:
   * their verb forms only, as an adjective (`doble homicidio`, "double homicide") is no multiplier.
   */
  multipliers?: string;
  /** Two-word phrases in which a cardinal is no count, comma-separated (`cien por, por cien`: "completely"). */
  idioms?: string;
  /** Words for "both", "the two" (`beide`, `ambos`): a collective count of two, space-separated. */
  both?: string;
  /**
   * Nouns of an approximate count (`une trentaine de`, `una decena de`: about 30, about 10), space-separated
   * `word=value`: a count with the qualifier `about`. (Not those that also mean a quarantine or a fortnight:
   * `quarantaine`, `cuarentena`, `quinzaine`.)
   */
  approximates?: string;
  /** The noun of a dozen, then its plurals, space-separated (`douzaine douzaines`): `une douzaine` is twelve, as English `a dozen` reads; `deux douzaines` 24. */
  dozen?: string;
  /** Plural nouns of an order of magnitude (`des dizaines`, `centenares`, `Tausende`: tens, hundreds, thousands), space-separated `word=value`. */
  magnitudes?: string;
  /** Words before a month name alone that make it a date (`en octobre`, `en mayo`), space-separated. */
  monthBefore?: string;
  /**
   * Units of time after a number (`3 Tage`, `deux semaines`), space-separated `word=unit` (unit: second,
   * minute, hour, day, week, month, year): a duration, compared with one in another unit (`zwei Wochen` ↔ `14 days`).
   */
  durations?: string;
}

const WORDS: Record<string, OtherWords> = {
  de: {
    yearBefore: 'jahr jahre jahres seit anno',
    monthBefore: 'im seit ab bis anfang ende mitte vom',
    numberParts: 'hundert tausend',
    dozen: 'dutzend',
    magnitudes: 'dutzende=10 hunderte=100 tausende=1000 zehntausende=10000 hunderttausende=100000',
    fractions: 'hälfte drittel dritteln viertel vierteln fünftel sechstel achtel zehntel hundertstel prozent',
    shares: { values: 'hälfte=0.5 drittel=1/3 viertel=0.25', before: 'die ein eine zwei drei', of: 'der des aller von' },
    multipliers: 'verdoppelt=2 verdoppelte=2 verdoppelten=2 verdoppeln=2 verdreifacht=3 verdreifachte=3 verdreifachten=3 verdreifachen=3 vervierfacht=4 vervierfachte=4',
    both: 'beide beiden beider beides',
    durations: 'sek=second sekunde=second sekunden=second min=minute minute=minute minuten=minute std=hour stunde=hour stunden=hour tag=day tage=day tagen=day woche=week wochen=week monat=month monate=month monaten=month jahr=year jahre=year jahren=year',
    cardinals: 'zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 dreissig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100',
    topicWords: ['über'],
    labelWords: 'artikel kapitel seite seiten nummer band heft ziffer abschnitt anlage paragraf paragraph version raum zimmer saal halle gleis tor etage stock gebäude ebene terminal',
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
    halfHour: ['halb', ['um', 'gegen', 'ab', 'bis']],
    clockPhrases: {
      minutesAfter: [],
      minutesBefore: [['viertel nach', 15], ['viertel vor', -15]],
      partsAfter: [['abends', 'pm'], ['am abend', 'pm'], ['nachmittags', 'pm'], ['am nachmittag', 'pm'], ['morgens', 'am'], ['am morgen', 'am'], ['früh', 'am'], ['vormittags', 'am'], ['nachts', 'night'], ['in der nacht', 'night']],
    },
    months: ['januar|jänner', 'februar|feber', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  },
  fr: {
    yearBefore: 'en depuis dès année',
    idioms: 'huit jours, quinze jours',
    dozen: 'douzaine douzaines',
    approximates: 'dizaine=10 vingtaine=20 trentaine=30 cinquantaine=50 soixantaine=60 centaine=100 millier=1000',
    magnitudes: 'dizaines=10 douzaines=10 centaines=100 milliers=1000',
    monthBefore: 'en début fin mi depuis dès courant',
    numberParts: 'cent cents mille',
    fractions: 'tiers quart quarts cinquième cinquièmes dixième dixièmes centième centièmes',
    shares: { values: 'moitié=0.5 tiers=1/3 quart=0.25 quarts=0.25', before: 'la un une deux trois', of: 'de des du d' },
    multipliers: 'doublé=2 doublée=2 doublés=2 doublées=2 doubler=2 triplé=3 triplée=3 triplés=3 triplées=3 tripler=3 quadruplé=4 quadruplée=4',
    hundreds: 'cent cents',
    durations: 'min=minute seconde=second secondes=second minute=minute minutes=minute heure=hour heures=hour jour=day jours=day journée=day journées=day semaine=week semaines=week mois=month an=year ans=year année=year années=year',
    cardinals: 'deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 cinquante=50 soixante=60 cent=100',
    labelWords: 'article articles alinéa chapitre page pages numéro tome paragraphe annexe version salle étage chambre bureau porte quai voie bâtiment niveau terminal',
    qualifiers: {
      about: ['environ', 'env', 'près de', "près d'", 'quelque', 'approximativement', 'presque', 'quasiment', 'autour de', "autour d'", 'aux alentours de', 'à peu près'],
      'more-than': ['plus de', "plus d'", 'au-delà de', 'largement plus de', 'bien plus de'],
      'less-than': ['moins de', "moins d'", 'à peine moins de'],
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
    clockPhrases: {
      minutesAfter: [['et demie', 30], ['et demi', 30], ['et quart', 15], ['moins le quart', -15], ['moins quart', -15], ['trente', 30], ['quinze', 15], ['quarante-cinq', 45]],
      minutesBefore: [],
      partsAfter: [['du soir', 'pm'], ["de l'après-midi", 'pm'], ["de l'apres-midi", 'pm'], ['du matin', 'am'], ['de la nuit', 'night']],
    },
    hourBefore: ['à', 'a', 'vers', 'dès', 'jusqu', 'est'],
    months: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
  },
  es: {
    yearBefore: 'en desde año',
    clockBeforeMinutes: ['las', 'la', 'desde', 'hasta'],
    clockBeforeLateHour: ['las'],
    idioms: 'cien por, por cien',
    dozen: 'docena docenas',
    approximates: 'decena=10 veintena=20 treintena=30 centenar=100 millar=1000',
    magnitudes: 'decenas=10 docenas=10 centenares=100 cientos=100 miles=1000 millares=1000',
    monthBefore: 'en desde',
    numberParts: 'cien ciento cientos doscientos doscientas trescientos trescientas cuatrocientos cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas ochocientos ochocientas novecientos novecientas mil veinti',
    fractions: 'tercio tercios cuarto cuartos quinto quintos décimo décimos',
    shares: { values: 'mitad=0.5 tercio=1/3 tercios=1/3 cuarto=0.25 cuartos=0.25', before: 'la un una dos tres', of: 'de del' },
    multipliers: 'duplicó=2 duplicado=2 duplicada=2 duplicaron=2 duplicar=2 triplicó=3 triplicado=3 triplicada=3 triplicaron=3 triplicar=3 cuadruplicó=4 cuadruplicado=4',
    both: 'ambos ambas',
    durations: 'min=minute segundo=second segundos=second minuto=minute minutos=minute hora=hour horas=hour día=day días=day semana=week semanas=week mes=month meses=month año=year años=year',
    cardinals: 'dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 veinte=20 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100',
    labelWords: 'artículo artículos articulo capítulo capitulo página páginas pagina número numero apartado tomo párrafo anexo versión version sala planta piso habitación puerta andén edificio nivel terminal aula',
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
    // `9.30 h`, `a las 9 horas`
    clockAfter: ['h'],
    hourWords: ['horas', 'hora'],
    hourBefore: ['las', 'la'],
    clockPhrases: {
      minutesAfter: [['y media', 30], ['y cuarto', 15], ['menos cuarto', -15]],
      minutesBefore: [],
      partsAfter: [['de la tarde', 'pm'], ['de la noche', 'night'], ['de la mañana', 'am'], ['de la madrugada', 'am']],
    },
  },
  it: {
    yearBefore: 'nel dal anno',
    // (`alle ore 14.10`; not `ore` after the number, `entro 3 ore` is within three hours)
    clockBefore: ['ore'],
    clockBeforeMinutes: ['alle', 'dalle', 'verso', 'entro'],
    clockBeforeLateHour: ['alle'],
    hourBefore: ['alle', 'dalle'],
    clockPhrases: { minutesAfter: [['e mezza', 30], ['e mezzo', 30], ['e un quarto', 15], ['meno un quarto', -15]], minutesBefore: [], partsAfter: [['di sera', 'pm'], ['del pomeriggio', 'pm'], ['di mattina', 'am'], ['del mattino', 'am'], ['di notte', 'night']] },
    dozen: 'dozzina dozzine',
    approximates: 'decina=10 ventina=20 trentina=30 quarantina=40 cinquantina=50 sessantina=60 centinaio=100 migliaio=1000',
    magnitudes: 'decine=10 dozzine=10 centinaia=100 migliaia=1000',
    monthBefore: 'a ad in da',
    numberParts: 'cento duecento trecento quattrocento cinquecento seicento settecento ottocento novecento mille mila',
    fractions: 'terzo terzi quarto quarti quinto quinti decimo decimi',
    shares: { values: 'metà=0.5 terzo=1/3 terzi=1/3 quarto=0.25 quarti=0.25', before: 'la un una due tre', of: 'di del della dei degli delle' },
    multipliers: 'raddoppiato=2 raddoppiata=2 raddoppiati=2 raddoppiate=2 raddoppiare=2 raddoppiò=2 triplicato=3 triplicata=3 triplicati=3 triplicate=3 triplicare=3 triplicò=3 quadruplicato=4',
    both: 'entrambi entrambe ambedue',
    durations: 'min=minute secondo=second secondi=second minuto=minute minuti=minute ora=hour ore=hour giorno=day giorni=day settimana=week settimane=week mese=month mesi=month anno=year anni=year',
    cardinals: 'due=2 tre=3 quattro=4 cinque=5 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90 cento=100',
    labelWords: 'articolo articoli capitolo pagina pagine numero comma paragrafo allegato versione sala piano stanza camera binario porta edificio livello terminal',
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
    and: ['e', 'ed'],
    labels: 'pag n',
    scales: [['mila', 1e3], ['mille', 1e3], ['milione', 1e6], ['milioni', 1e6], ['miliardo', 1e9], ['miliardi', 1e9]],
    percentPhrases: [['per', 'cento'], ['punti', 'percentuali']],
    of: ['di'],
    currencies: [['dollari', 'USD'], ['dollaro', 'USD'], ['franchi', 'CHF'], ['sterline', 'GBP']],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  pt: {
    yearBefore: 'em desde ano',
    clockBeforeMinutes: ['às', 'as', 'das', 'até'],
    clockBeforeLateHour: ['às'],
    // (`14h30`, `às 9h`)
    hourWords: ['h', 'horas', 'hora'],
    // (not `até 3 horas`, up to three hours, nor the article `as`)
    hourBefore: ['às', 'das'],
    clockPhrases: { minutesAfter: [['e meia', 30]], minutesBefore: [], partsAfter: [['da tarde', 'pm'], ['da noite', 'night'], ['da manhã', 'am'], ['da madrugada', 'am']] },
    dozen: 'dúzia dúzias',
    approximates: 'dezena=10 vintena=20 centena=100 milhar=1000',
    magnitudes: 'dezenas=10 dúzias=10 centenas=100 milhares=1000',
    monthBefore: 'em desde',
    numberParts: 'cem cento duzentos duzentas trezentos trezentas quatrocentos quatrocentas quinhentos quinhentas seiscentos seiscentas setecentos setecentas oitocentos oitocentas novecentos novecentas mil',
    fractions: 'terço terços quarto quartos quinto quintos décimo décimos',
    shares: { values: 'metade=0.5 terço=1/3 terços=1/3', before: 'a um uma dois duas três', of: 'de do da dos das' },
    multipliers: 'dobrou=2 dobraram=2 dobrado=2 dobrada=2 duplicou=2 duplicaram=2 duplicado=2 duplicada=2 triplicou=3 triplicaram=3 triplicado=3 triplicada=3 quadruplicou=4',
    both: 'ambos ambas',
    durations: 'min=minute segundo=second segundos=second minuto=minute minutos=minute hora=hour horas=hour dia=day dias=day semana=week semanas=week mês=month meses=month ano=year anos=year',
    cardinals: 'dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 treze=13 catorze=14 quinze=15 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100',
    labelWords: 'artigo artigos capítulo capitulo página páginas pagina número numero parágrafo inciso anexo versão versao sala andar quarto portão edifício nível terminal',
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
    yearBefore: 'in sinds jaar',
    monthBefore: 'in sinds vanaf begin eind half medio tot',
    numberParts: 'honderd duizend',
    fractions: 'derde derden vierde vierden kwart vijfde tiende',
    shares: { values: 'helft=0.5 derde=1/3 kwart=0.25', before: 'de een twee drie', of: 'van' },
    multipliers: 'verdubbeld=2 verdubbelde=2 verdubbelden=2 verdubbelen=2 verdrievoudigd=3 verdrievoudigde=3 verviervoudigd=4',
    both: 'beide beiden',
    durations: 'min=minute seconde=second seconden=second minuut=minute minuten=minute uur=hour uren=hour dag=day dagen=day week=week weken=week maand=month maanden=month jaar=year jaren=year',
    cardinals: 'twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 negen=9 tien=10 elf=11 twaalf=12 dertien=13 veertien=14 vijftien=15 twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90 honderd=100',
    labelWords: 'artikel hoofdstuk pagina bladzijde nummer paragraaf bijlage versie',
    hourWords: ['uur'],
    hourBefore: ['om', 'tot', 'vanaf', 'rond'],
    halfHour: ['half', ['om', 'tegen', 'vanaf', 'tot']],
    clockPhrases: {
      minutesAfter: [],
      minutesBefore: [['kwart over', 15], ['kwart voor', -15]],
      partsAfter: [["'s avonds", 'pm'], ["'s middags", 'pm'], ["'s ochtends", 'am'], ["'s morgens", 'am'], ["'s nachts", 'night']],
    },
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
    numberParts: 'hundra tusen',
    fractions: 'tredjedel tredjedelar fjärdedel fjärdedelar femtedel',
    both: 'båda bägge',
    durations: 'sekund=second sekunder=second minut=minute minuter=minute timme=hour timmar=hour dag=day dagar=day vecka=week veckor=week månad=month månader=month år=year',
    cardinals: 'två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 elva=11 tolv=12 tjugo=20 trettio=30 fyrtio=40 femtio=50 sextio=60 sjuttio=70 åttio=80 nittio=90 hundra=100',
    labelWords: 'artikel kapitel sida nummer paragraf version',
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
    numberParts: 'hundrede tusind',
    fractions: 'tredjedel tredjedele fjerdedel fjerdedele femtedel',
    both: 'begge',
    durations: 'sekund=second sekunder=second minut=minute minutter=minute time=hour timer=hour dag=day dage=day uge=week uger=week måned=month måneder=month år=year',
    cardinals: 'tre=3 fire=4 fem=5 seks=6 syv=7 otte=8 ni=9 ti=10 elleve=11 tolv=12 tyve=20 hundrede=100',
    labelWords: 'artikel kapitel side nummer version',
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
    numberParts: 'hundre tusen',
    fractions: 'tredjedel tredjedeler fjerdedel fjerdedeler femtedel',
    both: 'begge',
    durations: 'sekund=second sekunder=second minutt=minute minutter=minute time=hour timer=hour dag=day dager=day døgn=day uke=week uker=week måned=month måneder=month år=year',
    cardinals: 'tre=3 fire=4 fem=5 seks=6 sju=7 syv=7 åtte=8 ni=9 ti=10 elleve=11 tolv=12 tjue=20 tretti=30 førti=40 femti=50 seksti=60 sytti=70 åtti=80 nitti=90 hundre=100',
    labelWords: 'artikkel kapittel side nummer versjon',
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
    labelWords: 'artykuł artykułu artykule rozdział rozdziału strona stronie numer wersja wersji wersję wersją załącznik',
    scales: [['tys', 1e3], ['tysiąc', 1e3], ['tysiące', 1e3], ['tysięcy', 1e3], ['mln', 1e6], ['milion', 1e6], ['miliony', 1e6], ['milionów', 1e6], ['mld', 1e9], ['miliard', 1e9], ['miliardy', 1e9], ['miliardów', 1e9]],
    percent: ['procent', 'proc'],
    currencies: [['złotych', 'PLN'], ['zł', 'PLN'], ['dolarów', 'USD']],
    qualifiers: {
      about: ['około', 'blisko', 'prawie', 'mniej więcej'],
      'more-than': ['ponad', 'przeszło', 'powyżej', 'więcej niż'],
      'less-than': ['poniżej', 'mniej niż'],
      'at-least': ['co najmniej', 'przynajmniej'],
      'at-most': ['co najwyżej', 'najwyżej', 'maksymalnie'],
    },
  },
  cs: {
    scales: [['tis', 1e3], ['tisíc', 1e3], ['mil', 1e6], ['milion', 1e6], ['miliony', 1e6], ['milionů', 1e6], ['mld', 1e9], ['miliarda', 1e9], ['miliardy', 1e9], ['miliard', 1e9]],
    percent: ['procent', 'procenta'],
    currencies: [['korun', 'CZK'], ['kč', 'CZK'], ['dolarů', 'USD']],
    qualifiers: {
      about: ['asi', 'přibližně', 'zhruba', 'cca', 'kolem', 'téměř', 'skoro'],
      'more-than': ['více než', 'přes'],
      'less-than': ['méně než'],
      'at-least': ['nejméně', 'alespoň', 'minimálně'],
      'at-most': ['nejvýše', 'maximálně', 'nanejvýš'],
    },
  },
  ru: {
    from: ['с', 'со', 'от'],
    to: ['по', 'до'],
    and: ['и'],
    between: ['между', 'и'],
    monthBefore: 'в во с со до к',
    clockBeforeMinutes: ['в', 'во', 'до', 'с', 'со', 'около', 'после', 'к'],
    hourWords: ['час', 'часа', 'часов'],
    // (not `до 5 часов`, `около 5 часов`: as often up to or about five hours)
    hourBefore: ['в', 'во'],
    // (not `дня`: `2 дня` is also two days)
    dayParts: [['утра', 'am'], ['вечера', 'pm'], ['ночи', 'night']],
    clockPhrases: { minutesAfter: [], minutesBefore: [], partsAfter: [['утра', 'am'], ['вечера', 'pm'], ['дня', 'pm'], ['ночи', 'night']] },
    // (with the oblique forms a count takes after a preposition: `из трёх`, `около пяти`)
    cardinals:
      'два=2 две=2 двух=2 три=3 трёх=3 трех=3 четыре=4 четырёх=4 четырех=4 пять=5 пяти=5 шесть=6 шести=6 семь=7 семи=7 восемь=8 восьми=8 девять=9 девяти=9 десять=10 десяти=10 ' +
      'одиннадцать=11 одиннадцати=11 двенадцать=12 двенадцати=12 тринадцать=13 тринадцати=13 четырнадцать=14 четырнадцати=14 пятнадцать=15 пятнадцати=15 ' +
      'шестнадцать=16 шестнадцати=16 семнадцать=17 семнадцати=17 восемнадцать=18 восемнадцати=18 девятнадцать=19 девятнадцати=19 двадцать=20 двадцати=20 ' +
      'тридцать=30 тридцати=30 сорок=40 сорока=40 пятьдесят=50 пятидесяти=50 шестьдесят=60 шестидесяти=60 семьдесят=70 семидесяти=70 восемьдесят=80 восьмидесяти=80 ' +
      'девяносто=90 девяноста=90 сто=100 ста=100',
    qualifiers: {
      about: ['около', 'примерно', 'приблизительно', 'почти', 'порядка'],
      // (and the verb of going past a level, as the English `exceeded`: `превысил 25 трлн`)
      'more-than': ['более', 'свыше', 'больше', 'превысил', 'превысила', 'превысило', 'превысили', 'превышает', 'превышают'],
      'less-than': ['менее', 'меньше'],
      'at-least': ['не менее', 'по меньшей мере', 'как минимум', 'минимум'],
      'at-most': ['не более', 'максимум'],
    },
    months: ['января|январь|январе', 'февраля|февраль|феврале', 'марта|март|марте', 'апреля|апрель|апреле', 'мая|май|мае', 'июня|июнь|июне', 'июля|июль|июле', 'августа|август|августе', 'сентября|сентябрь|сентябре', 'октября|октябрь|октябре', 'ноября|ноябрь|ноябре', 'декабря|декабрь|декабре'],
    scales: [['тыс', 1e3], ['тысяча', 1e3], ['тысячи', 1e3], ['тысяч', 1e3], ['млн', 1e6], ['миллион', 1e6], ['миллиона', 1e6], ['миллионов', 1e6], ['млрд', 1e9], ['миллиард', 1e9], ['миллиарда', 1e9], ['миллиардов', 1e9], ['трлн', 1e12]],
    // (not the halves of a span: `вторая половина дня`, the second half of the day)
    shares: { values: 'половина=0.5 половины=0.5 половину=0.5 треть=1/3 трети=1/3 четверть=0.25 четверти=0.25' },
    idioms: 'первая половина, вторая половина, первую половину, вторую половину, первой половины, второй половины',
    multipliers: 'удвоился=2 удвоилась=2 удвоилось=2 удвоились=2 удвоить=2 утроился=3 утроилась=3 утроилось=3 утроились=3 утроить=3',
    percent: ['процент', 'процента', 'процентов'],
    currencies: [['рублей', 'RUB'], ['рубля', 'RUB'], ['рубль', 'RUB'], ['руб', 'RUB'], ['долларов', 'USD'], ['доллара', 'USD'], ['доллар', 'USD'], ['долл', 'USD'], ['евро', 'EUR']],
  },
  tr: {
    to: ['ila', 'ile'],
    and: ['ve'],
    monthBefore: 'geçen gelecek bu',
    clockBefore: ['saat'],
    dayPartsBefore: [['sabah', 'am'], ['akşam', 'pm'], ['aksam', 'pm'], ['gece', 'night'], ['öğleden', 'noon']],
    percentBefore: true,
    percentWordsBefore: ['yüzde', 'yuzde'],
    months: ['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik'],
    scales: [...turkishForms('bin', '', 1e3), ...turkishForms('milyon', '', 1e6), ...turkishForms('milyar', '', 1e9), ...turkishForms('trilyon', '', 1e12)],
    // (with the case and derivational endings Turkish glues to them: `liraya`, `dolarlık`, `milyonluk`, `binden`)
    currencies: [...turkishForms('lira', 'y', 'TRY'), ['tl', 'TRY'], ...turkishForms('dolar', '', 'USD'), ...turkishForms('avro', 'y', 'EUR'), ...turkishForms('euro', 'y', 'EUR')],
    qualifiers: { about: ['yaklaşık', 'yaklasik', 'tahminen'], 'at-least': ['en az'], 'at-most': ['en fazla'] },
  },
  ar: {
    // (the teens are two words, `اثنا عشر` twelve, `ثلاثة عشر` thirteen: left unread whole, not read as ten)
    numberParts: 'أحد إحدى احد احدى اثنا اثني اثنتا اثنتي عشر عشرة',
    from: ['من'],
    to: ['إلى', 'الى', 'حتى'],
    and: ['و'],
    between: ['بين', 'و'],
    monthBefore: 'في خلال منذ حتى',
    clockBefore: ['الساعة', 'الساعه'],
    dayParts: [['مساء', 'pm'], ['مساءً', 'pm'], ['مساءا', 'pm'], ['صباحا', 'am'], ['صباحًا', 'am'], ['صباحاً', 'am'], ['ظهرا', 'noon'], ['ظهرًا', 'noon'], ['عصرا', 'pm'], ['ليلا', 'night'], ['ليلًا', 'night'], ['فجرا', 'am']],
    clockPhrases: { minutesAfter: [], minutesBefore: [], partsAfter: [['مساء', 'pm'], ['مساءا', 'pm'], ['بعد الظهر', 'pm'], ['عصرا', 'pm'], ['ظهرا', 'noon'], ['صباحا', 'am'], ['صباح', 'am'], ['فجرا', 'am'], ['ليلا', 'night']] },
    // (not ست and سبع, which are also words: "lady", "lion")
    cardinals: 'اثنان=2 اثنين=2 اثنتان=2 اثنتين=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 اربعة=4 خمسة=5 خمس=5 ستة=6 سبعة=7 ثمانية=8 ثماني=8 تسعة=9 تسع=9 عشرة=10 عشر=10 عشرون=20 عشرين=20 ثلاثون=30 ثلاثين=30 أربعون=40 أربعين=40 خمسون=50 خمسين=50 مئة=100 مائة=100',
    // (not a semi-final or a quarter-final: `نصف النهائي`, `ربع نهائي`)
    shares: { values: 'نصف=0.5 ثلث=1/3 ربع=0.25' },
    idioms: 'نصف النهائي, نصف نهائي, ربع النهائي, ربع نهائي',
    qualifiers: {
      about: ['حوالي', 'حوالى', 'نحو', 'قرابة', 'زهاء', 'تقريبا'],
      'more-than': ['أكثر من', 'اكثر من', 'أزيد من', 'ما يزيد على', 'ما يزيد عن'],
      'less-than': ['أقل من', 'اقل من'],
    },
    // (the months of Egypt and the Gulf, one word each; the Levantine names of two words are not read)
    months: ['يناير', 'فبراير', 'مارس', 'أبريل|ابريل|إبريل', 'مايو', 'يونيو|يونيه', 'يوليو|يوليه', 'أغسطس|اغسطس', 'سبتمبر', 'أكتوبر|اكتوبر', 'نوفمبر', 'ديسمبر'],
    scales: [['ألف', 1e3], ['آلاف', 1e3], ['مليون', 1e6], ['ملايين', 1e6], ['مليار', 1e9], ['مليارات', 1e9], ['بليون', 1e9], ['تريليون', 1e12]],
    percent: ['بالمئة', 'بالمائة'],
    currencies: [['دولار', 'USD'], ['دولارات', 'USD'], ['يورو', 'EUR'], ['جنيه', 'EGP'], ['جنيها', 'EGP'], ['جنيهات', 'EGP'], ['ريال', 'SAR'], ['ريالا', 'SAR'], ['ريالات', 'SAR'], ['درهم', 'AED'], ['درهما', 'AED'], ['دراهم', 'AED']],
  },
  th: {
    clockAfter: ['น', 'นาฬิกา'],
    clockBeforeMinutes: ['เวลา'],
    // (words as the platform's Thai word breaker parts them: `อย่าง น้อย`, `ไม่ เกิน`; the tokenizer parts Thai runs into words)
    months: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    qualifiers: {
      about: ['ประมาณ', 'ราว', 'ราวๆ', 'ราว ๆ', 'เกือบ', 'กว่า ๆ'],
      'more-than': ['มากกว่า', 'มาก กว่า', 'กว่า', 'เกินกว่า', 'เกิน กว่า'],
      'less-than': ['น้อยกว่า', 'น้อย กว่า', 'ต่ำกว่า', 'ต่ำ กว่า'],
      'at-least': ['อย่างน้อย', 'อย่าง น้อย'],
      'at-most': ['ไม่เกิน', 'ไม่ เกิน', 'สูงสุด'],
    },
    durations: 'วินาที=second นาที=minute ชั่วโมง=hour วัน=day สัปดาห์=week อาทิตย์=week เดือน=month ปี=year',
    labelWords: 'หน้า มาตรา ข้อ บท ฉบับ',
    // (written joined to the next word, `3,4 ล้านคน`: the tokenizer parts a scale word off after digits, THAI_SCALES)
    scales: [...THAI_SCALE_WORDS],
    percent: ['เปอร์เซ็นต์'],
    currencies: [['บาท', 'THB'], ['ดอลลาร์', 'USD'], ['ยูโร', 'EUR']],
  },
  el: {
    scales: [['χιλ', 1e3], ['χιλιάδες', 1e3], ['χιλιάδων', 1e3], ['εκατ', 1e6], ['εκατομμύριο', 1e6], ['εκατομμύρια', 1e6], ['εκατομμυρίων', 1e6], ['δισ', 1e9], ['δισεκατομμύριο', 1e9], ['δισεκατομμύρια', 1e9], ['δισεκατομμυρίων', 1e9], ['τρισ', 1e12]],
    percentPhrases: [['τοις', 'εκατό']],
    currencies: [['ευρώ', 'EUR'], ['δολάρια', 'USD'], ['δολαρίων', 'USD']],
    qualifiers: {
      about: ['περίπου', 'σχεδόν'],
      'more-than': ['πάνω από', 'περισσότερα από', 'περισσότεροι από', 'περισσότερες από', 'άνω των'],
      'less-than': ['λιγότερο από', 'λιγότερα από', 'λιγότεροι από', 'κάτω από'],
      'at-least': ['τουλάχιστον'],
      'at-most': ['το πολύ'],
    },
  },
  hi: {
    // (करोड़ with its nukta as one letter or two)
    scales: [['हज़ार', 1e3], ['हजार', 1e3], ['लाख', 1e5], ['करोड़', 1e7], ['करोड़', 1e7], ['अरब', 1e9], ['खरब', 1e11]],
    percent: ['प्रतिशत'],
    currencies: [['रुपये', 'INR'], ['रुपए', 'INR'], ['रुपया', 'INR'], ['रूपये', 'INR'], ['रूपए', 'INR'], ['डॉलर', 'USD'], ['यूरो', 'EUR']],
  },
  vi: {
    from: ['từ'],
    to: ['đến', 'tới'],
    and: ['và'],
    clockBeforeMinutes: ['lúc', 'từ', 'đến'],
    clockBeforeLateHour: ['lúc'],
    hourWords: ['h', 'giờ'],
    hourBefore: ['lúc'],
    // (not `trên`, "above" but also "on", nor `gần`, "near" but also "nearly")
    shares: { values: 'nửa=0.5', before: 'một', of: 'trong số các những' },
    qualifiers: {
      about: ['khoảng', 'khoảng chừng', 'xấp xỉ', 'ước tính'],
      'more-than': ['hơn', 'vượt', 'vượt quá', 'vượt mức'],
      'less-than': ['dưới', 'chưa đến', 'chưa tới', 'không đến'],
      'at-least': ['ít nhất', 'tối thiểu'],
      'at-most': ['nhiều nhất', 'tối đa'],
    },
    clockPhrases: { minutesAfter: [['rưỡi', 30]], minutesBefore: [], partsAfter: [['tối', 'pm'], ['chiều', 'pm'], ['sáng', 'am'], ['đêm', 'night'], ['trưa', 'noon']] },
    scales: [['nghìn', 1e3], ['ngàn', 1e3], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9]],
    percentPhrases: [['phần', 'trăm']],
    currencies: [['đồng', 'VND']],
  },
  ms: {
    scales: [['ribu', 1e3], ['juta', 1e6], ['bilion', 1e9]],
    percent: ['peratus'],
    currencies: [['ringgit', 'MYR']],
    qualifiers: {
      about: ['kira-kira', 'lebih kurang', 'sekitar', 'hampir', 'anggaran'],
      'more-than': ['lebih daripada', 'lebih dari', 'melebihi'],
      'less-than': ['kurang daripada', 'kurang dari'],
      'at-least': ['sekurang-kurangnya', 'sekurangnya', 'paling kurang'],
      'at-most': ['paling banyak'],
    },
  },
};
/**
 * A Turkish noun with the endings it takes after a number (dative, accusative, ablative, genitive, locative, and the
 * `-lık` of worth: `5 milyon liraya`, `3 binden fazla`, `10 milyar dolarlık`), vowel harmony by its last vowel; `glue`
 * is the buffer consonant after a final vowel (`lira` → `liraya`).
 */
function turkishForms<T>(stem: string, glue: string, value: T): Array<[string, T]> {
  const last = [...stem].reverse().find((c) => 'aeıioöuü'.includes(c)) ?? 'a';
  const back = 'aıou'.includes(last);
  const a = back ? 'a' : 'e';
  const i = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[last] ?? 'ı';
  const vowelEnd = 'aeıioöuü'.includes(stem[stem.length - 1]);
  const endings = vowelEnd ? [`${glue}${a}`, `${glue}${i}`, `d${a}n`, `n${i}n`, `d${a}`, `l${i}k`] : [a, i, `d${a}n`, `${i}n`, `d${a}`, `l${i}k`, `t${a}n`, `t${a}`];
  return [[stem, value], ...endings.map((e) => [`${stem}${e}`, value] as [string, T])];
}

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

/**
 * Words joining the parts of one number in words, by language (`treinta y cinco`, `vinte e dois`): a cardinal
 * joined by one to another number word is part of a longer number. (French joins with `et` only before `un`
 * and `onze`, which its compound reader reads; German, Dutch and the Nordic languages write one word.)
 */
const NUMBER_JOINERS: Readonly<Record<string, ReadonlySet<string>>> = { es: new Set(['y']), pt: new Set(['e']) };
const NO_JOINERS: ReadonlySet<string> = new Set();

/** German units in a compound (`ein` only inside one: `einundzwanzig`, `einhundert`). */
const DE_UNITS: Record<string, number> = { ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const DE_TEENS: Record<string, number> = { zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19 };
const DE_TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };

/** Below a hundred in German: `fünf`, `zwölf`, `zwanzig`, `einundzwanzig`. */
function germanBelowHundred(w: string): number | undefined {
  if (Object.hasOwn(DE_UNITS, w)) return DE_UNITS[w];
  if (Object.hasOwn(DE_TEENS, w)) return DE_TEENS[w];
  if (Object.hasOwn(DE_TENS, w)) return DE_TENS[w];
  const und = w.indexOf('und');
  if (und > 0 && Object.hasOwn(DE_UNITS, w.slice(0, und)) && Object.hasOwn(DE_TENS, w.slice(und + 3))) return DE_UNITS[w.slice(0, und)] + DE_TENS[w.slice(und + 3)];
  return undefined;
}

/** Below a thousand in German: `dreihundert`, `zweihundertfünfzig`, `hundertzwölf`. */
function germanBelowThousand(w: string): number | undefined {
  const h = w.indexOf('hundert');
  if (h < 0) return germanBelowHundred(w);
  const left = w.slice(0, h);
  const right = w.slice(h + 7);
  const n = left === '' ? 1 : Object.hasOwn(DE_UNITS, left) ? DE_UNITS[left] : undefined;
  const rest = right === '' ? 0 : germanBelowHundred(right);
  return n === undefined || rest === undefined ? undefined : n * 100 + rest;
}

/**
 * A German cardinal written as one compound word (`einundzwanzig`, `dreihundert`, `zweitausendfünfhundert`);
 * undefined for any other word (`Stunden` holds `und` but no number).
 */
export function germanCompound(w: string): number | undefined {
  if (w === 'ein' || w === 'eins') return undefined;
  const t = w.indexOf('tausend');
  if (t < 0) return germanBelowThousand(w);
  const left = w.slice(0, t);
  const right = w.slice(t + 7);
  const n = left === '' ? 1 : germanBelowThousand(left);
  const rest = right === '' ? 0 : germanBelowThousand(right);
  return n === undefined || rest === undefined ? undefined : n * 1000 + rest;
}

/** `zweieinhalb` (2½), `eineinhalb`, `anderthalb` (1½): a German cardinal and a half, written as one word. */
export function germanHalf(w: string): number | undefined {
  if (w === 'anderthalb') return 1.5;
  if (!w.endsWith('einhalb')) return undefined;
  const head = w.slice(0, -'einhalb'.length);
  const n = head === 'ein' ? 1 : germanCompound(head);
  return n === undefined ? undefined : n + 0.5;
}

/** German compounds of a number and a word of times or of a length of time (`zwanzigmal`, `dreifach`, `zweistündigen`, `fünfjährige`). */
const DE_SUFFIXED = /^(.+?)(?:mal|fach(?:e[nrms]?)?|(?:stünd|täg|jähr|wöch|monat)ig(?:e[nrms]?)?)$/;

/**
 * The number of a German compound of a number from two on and a word of times or of a length of time: `zwanzigmal`
 * (twenty times), `hundertfach`, `zweistündigen` (two-hour), `fünfjährige`; undefined for any other word (`einmal`,
 * "once", is an idiom as often as a count).
 */
export function germanSuffixed(w: string): number | undefined {
  const m = DE_SUFFIXED.exec(w);
  const v = m ? germanCompound(m[1]) : undefined;
  return v !== undefined && v >= 2 ? v : undefined;
}

const FR_VALUES: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

/**
 * A French cardinal of several words joined by hyphens or spaces (`quarante-cinq`, `dix-huit`, `vingt et un`,
 * `soixante-dix`, `quatre-vingt-dix`, `deux cent cinquante`): [value, words used] of the longest run that
 * reads as one number of two words or more; undefined when none does. `neuf` counts inside a compound
 * (`dix-neuf`), never alone.
 */
export function frenchCompound(words: readonly string[], from: number): [number, number] | undefined {
  let total = 0;
  let cur = 0;
  let used = 0;
  let best: [number, number] | undefined;
  let prev = '';
  for (let k = from; k < words.length && k < from + 8; k++) {
    const w = words[k];
    if (w === 'et' && (prev === 'vingt' || prev === 'trente' || prev === 'quarante' || prev === 'cinquante' || prev === 'soixante') && (words[k + 1] === 'un' || words[k + 1] === 'une' || words[k + 1] === 'onze')) {
      prev = w;
      continue;
    }
    if (w === 'cent' || w === 'cents') {
      cur = (cur || 1) * 100;
    } else if (w === 'mille') {
      total += (cur || 1) * 1000;
      cur = 0;
    } else if ((w === 'vingt' || w === 'vingts') && cur % 100 === 4) {
      cur += 76; // quatre-vingt(s): 4 × 20
    } else if (Object.hasOwn(FR_VALUES, w)) {
      const v = FR_VALUES[w];
      const last = cur % 100;
      // a unit or a teen after tens (`soixante-dix`, `quarante-cinq`), tens after hundreds, anything after nothing
      const fits = last === 0 || (last % 10 === 0 && v < 10) || ((last === 60 || last === 80) && v < 20);
      if (!fits || ((w === 'un' || w === 'une') && k === from)) break;
      cur += v;
    } else break;
    used = k - from + 1;
    prev = w;
    if (used >= 2) best = [total + cur, used];
  }
  return best;
}

/**
 * French `neuf` alone is nine before a plural word (`neuf villages`, `neuf nouveaux cas`, `neuf heures`), as a
 * cardinal stands; the adjective "new" follows its noun (`un vélo neuf`, `remis à
 * neuf`) or a word of its idioms (`quoi de neuf`, `tout neuf`, `flambant neuf`).
 */
function nineBeforeNoun(words: readonly string[], from: number): number | undefined {
  if (words[from] !== 'neuf' || ['de', 'tout', 'flambant'].includes(words[from - 1] ?? '')) return undefined;
  const next = words[from + 1] ?? '';
  return next.length >= 3 && /[sx]$/.test(next) ? 9 : undefined;
}

/** Articles before a noun of an approximate count (`une trentaine`, `una decena`, `ein Dutzend`). */
const ARTICLES: ReadonlySet<string> = new Set(['un', 'une', 'una', 'uno', 'um', 'uma', 'ein', 'eine']);

/** A cardinal of one word at `words[from]`, with a scale word after it (`zwei Millionen` → 2,000,000); null when none starts there. */
function cardinalOf(
  lang: string,
  cardinals: ReadonlyMap<string, number>,
  hundreds: ReadonlySet<string>,
  parts: ReadonlySet<string>,
  fractions: ReadonlySet<string>,
  scales: ReadonlyMap<string, number>,
  dozen: readonly string[],
  words: readonly string[],
  from: number,
  shares: Shares = NO_SHARES,
): WordNumber | null {
  // `треть семей`, `نصف الموظفين`: a share word before any word, in a language that says it so
  const bare = shares.bare ? shares.values.get(words[from]) : undefined;
  if (bare !== undefined && words[from + 1] !== undefined) return { value: bare, used: 1, fraction: true };
  // `la moitié des`, `ein Drittel der`, `dos tercios de`: a share, as English `half of`, `two thirds of`
  const share = shares.values.get(words[from + 1] ?? '');
  if (share !== undefined && shares.of.has(words[from + 2] ?? '') && shares.before.has(words[from])) {
    const times = cardinals.get(words[from]) ?? 1;
    if (share !== 0.5 || times === 1) return { value: times * share, used: 2, fraction: true };
  }
  // `une douzaine`, `ein Dutzend`: twelve, as English `a dozen` reads
  if (dozen.length && ARTICLES.has(words[from]) && words[from + 1] === dozen[0]) return { value: 12, used: 2 };
  // `deux douzaines`, `drei Dutzend`: dozens counted (`deux douzaines d'œufs` is 24)
  const dozens = cardinals.get(words[from]);
  if (dozens !== undefined && dozen.includes(words[from + 1] ?? '')) return { value: dozens * 12, used: 2 };
  if (lang === 'fr') {
    const compound = frenchCompound(words, from);
    if (compound) {
      const [v, n] = compound;
      const scale = scales.get(words[from + n] ?? '');
      return scale ? { value: v * scale, used: n + 1, scale } : { value: v, used: n };
    }
  }
  // (`cent unième`: the start of an ordinal, unread)
  if (lang === 'fr' && /i[eè]me?s?$/.test(words[from + 1] ?? '')) return null;
  let value = cardinals.get(words[from]) ?? (lang === 'de' ? (germanCompound(words[from]) ?? germanSuffixed(words[from]) ?? germanHalf(words[from])) : lang === 'fr' ? nineBeforeNoun(words, from) : undefined);
  // (a compound of two number words, `quarante-cinq`, `vingt deux`, is left unread as a whole)
  if (value === undefined || cardinals.has(words[from + 1] ?? '')) return null;
  // `zwei Drittel` (two thirds), `treinta y cinco`, `dos mil`, `zwei hundert`: a fraction or a longer number, unread
  const after = words[from + 1] ?? '';
  if (fractions.has(after) || (parts.has(after) && !hundreds.has(after))) return null;
  if ((NUMBER_JOINERS[lang] ?? NO_JOINERS).has(after) && (cardinals.has(words[from + 2] ?? '') || parts.has(words[from + 2] ?? ''))) return null;
  let used = 1;
  // `cinq cents` (500), `trois cents millions`
  if (hundreds.has(words[from + 1] ?? '')) {
    if (cardinals.has(words[from + 2] ?? '')) return null;
    value *= 100;
    used = 2;
  }
  const scale = scales.get(words[from + used] ?? '');
  return scale ? { value: value * scale, used: used + 1, scale } : { value, used };
}

/** The share words of a language (see `Words.shares`). */
interface Shares {
  values: ReadonlyMap<string, number>;
  before: ReadonlySet<string>;
  of: ReadonlySet<string>;
  /** No article before and no word for "of" after: the share word before any word is one. */
  bare: boolean;
}
const NO_SHARES: Shares = { values: new Map(), before: new Set(), of: new Set(), bare: false };

/** `word=value` pairs, space-separated, as a map; a value may be a fraction (`tiers=1/3`). */
function valuesOf(list: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const pair of list?.split(' ') ?? []) {
    const [word, value] = pair.split('=');
    const [num, den] = value?.split('/') ?? [];
    if (word) out.set(word, den === undefined ? Number(num) : Number(num) / Number(den));
  }
  return out;
}

/**
 * A noun of an approximate count after its article at `words[from]` (`une trentaine` → about 30; not `la trentaine`,
 * an age), or a plural of an order of magnitude (`des dizaines` → tens); null when none starts there.
 */
function approximateOf(approximates: ReadonlyMap<string, number>, magnitudes: ReadonlyMap<string, number>, words: readonly string[], from: number): WordNumber | null {
  const about = ARTICLES.has(words[from]) ? approximates.get(words[from + 1] ?? '') : undefined;
  if (about !== undefined) return { value: about, used: 2, approximate: true };
  const magnitude = magnitudes.get(words[from]);
  return magnitude !== undefined ? { value: magnitude, used: 1, magnitude: true } : null;
}

/** Languages that write their month names in lower case. */
const LOWERCASE_MONTHS: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt', 'ca', 'ro', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'pl', 'cs', 'sk', 'ru', 'uk']);

const lexicons = new Map<string, Lexicon>();

/**
 * The lexicon a language outside the word readers is read with: its one-word cardinals (`cardinals`); its own scale,
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
  const scales = new Map([...ENGLISH.scales, ...(w?.scales ?? [])]);
  const cardinals = valuesOf(w?.cardinals);
  const approximates = valuesOf(w?.approximates);
  const magnitudes = valuesOf(w?.magnitudes);
  const dozen = w?.dozen?.split(' ') ?? [];
  const approximate = (word: string) => approximates.has(word) || dozen.includes(word) || magnitudes.has(word);
  const counted = approximates.size > 0 || dozen.length > 0;
  const hundreds = new Set(w?.hundreds?.split(' ') ?? []);
  const parts = new Set(w?.numberParts?.split(' ') ?? []);
  const fractions = new Set(w?.fractions?.split(' ') ?? []);
  const shares: Shares = w?.shares
    ? { values: valuesOf(w.shares.values), before: new Set(w.shares.before?.split(' ')), of: new Set(w.shares.of?.split(' ')), bare: !w.shares.before && !w.shares.of }
    : NO_SHARES;
  const lex: Lexicon = {
    ...ENGLISH,
    cardinal: cardinals.size || shares.values.size ? (words, from) => cardinalOf(primary, cardinals, hundreds, parts, fractions, scales, dozen, words, from, shares) : noNumber,
    magnitude: counted || magnitudes.size ? (words, from) => approximateOf(approximates, magnitudes, words, from) : noNumber,
    ordinal: noNumber,
    startsNumber: (word) =>
      cardinals.has(word) ||
      shares.before.has(word) ||
      (shares.bare && shares.values.has(word)) || magnitudes.has(word) || (counted && ARTICLES.has(word)) || (primary === 'de' && (germanCompound(word) !== undefined || germanSuffixed(word) !== undefined || germanHalf(word) !== undefined)) || (primary === 'fr' && word === 'neuf'),
    // (a scale word goes on a number in words: `zwei Millionen`, `trois milliards`; French compounds join `et`, `un`, `neuf`, `mille`)
    numberWord: (word) => cardinals.has(word) || approximate(word) || (counted && ARTICLES.has(word)) || hundreds.has(word) || parts.has(word) || fractions.has(word) || scales.has(word) || (primary === 'fr' && Object.hasOwn(FR_VALUES, word)) || (primary === 'fr' && (word === 'et' || word === 'mille')),
    scales,
    qualifiers: qualifierMap(w?.qualifiers),
    percentWords: new Set(w?.percent ?? []),
    percentPhrases: new Map(w?.percentPhrases ?? []),
    ...(w?.percentBefore ? { percentBefore: true } : {}),
    ...(w?.percentWordsBefore ? { percentWordsBefore: new Set(w.percentWordsBefore) } : {}),
    durations: new Map((w?.durations?.split(' ') ?? []).map((pair) => pair.split('=') as [string, string])),
    currencyWords: new Map([...ENGLISH.currencyWords, ...(w?.currencies ?? [])]),
    months,
    monthAbbrevs: NO_MAP,
    monthsNeedCapital: false,
    monthsLowercase: LOWERCASE_MONTHS.has(primary),
    monthBefore: new Set(w?.monthBefore?.split(' ') ?? []),
    monthAfter: NONE,
    relativeYearAfter: NONE,
    relativeYearBefore: NONE,
    yearBefore: new Set(w?.yearBefore?.split(' ') ?? []),
    weekdays: NONE,
    rangeAnd: new Map(w?.between ? [w.between] : []),
    rangeFrom: new Set(w?.from ?? []),
    rangeTo: new Set(w?.to ?? []),
    partOf: NONE,
    multiplierWords: w?.multipliers ? valuesOf(w.multipliers) : NO_MAP,
    timesWords: NONE,
    dayParts: new Map(w?.dayParts ?? []),
    ...(w?.dayParts ? { dayPartsAlone: true } : {}),
    ...(w?.dayPartsBefore ? { dayPartsBefore: new Map(w.dayPartsBefore) } : {}),
    clockBefore: new Set(w?.clockBefore ?? []),
    clockBeforeMinutes: new Set(w?.clockBeforeMinutes ?? []),
    ...(w?.clockBeforeLateHour ? { clockBeforeLateHour: new Set(w.clockBeforeLateHour) } : {}),
    collectiveBefore: NONE,
    collectiveAfter: NONE,
    collectiveWords: new Map((w?.both?.split(' ') ?? []).map((word) => [word, 2])),
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
    ...(w?.clockPhrases ? { clockPhrases: w.clockPhrases } : {}),
    ...(w?.halfHour ? { halfHour: w.halfHour[0], halfHourBefore: new Set(w.halfHour[1]) } : {}),
    dayDot: ORDINAL_DOT_LANGS.has(primary),
    numberParts: new Set([...parts, ...cardinals.keys()]),
    nounsCapitalised: primary === 'de',
    cardinalIdioms: new Set(w?.idioms?.split(', ') ?? []),
    numberJoiners: NUMBER_JOINERS[primary] ?? NO_JOINERS,
  };
  lexicons.set(primary, lex);
  return lex;
}
