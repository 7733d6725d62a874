import type { Lang } from './types';

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Frequent Indonesian function words (lower case), the evidence `detectLang` counts. */
export const ID_FUNCTION_WORDS = set(`
  yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena bahwa oleh
  ada adalah atau tetapi namun bisa dapat harus lebih sudah telah belum masih sedang para
  kata menurut bagi sejak hingga sekitar sangat pun lagi jika bila kalau agar supaya sehingga
  setelah saat ketika secara antara terhadap tentang seperti hanya semua tersebut serta
  dia ia mereka kami kita saya kamu anda nya sebuah seorang sebagai yaitu yakni maka
  kepada daripada bagaimana mengapa kenapa apa siapa kapan dimana sementara selain
  bukan tak belum sebelum sesudah selama tanpa hal tahun hari bulan orang juta ribu miliar
  triliun persen pukul ujar katanya tegasnya jelasnya lalu kemudian sama banyak beberapa
  saja pula sekali setiap tiap kini mau ingin baru besar kecil naik turun harga warga rakyat
  pemerintah menteri negara kota daerah wilayah kepala ketua anggota pihak polisi tentara
  pasukan rumah jalan uang dana anggaran tempat waktu hasil cara bagian sebut ungkap jelas
  dikatakan mengatakan menjadi memiliki terjadi sebanyak sejumlah lainnya pekan minggu
`);

/** Frequent English function words (lower case), the evidence `detectLang` counts. Single letters (`a`, `I`) are left out: they also label list items and initials. */
export const EN_FUNCTION_WORDS = set(`
  the and of to in is that for was with on as at by it he she they we you his her their
  this be are were has have had from an not but or said says will would which who whom
  been its after more than also about there can could into over one two three all new
  year years people what when up out if no so do did our us them him these those some
  other such while where how why than then because against between during before under
  should may might must being does just only any each most many much very percent million
  billion thousand told according since until through per
  government minister president officials official police country state city week month
  first last still around say now even back
`);

/**
 * The words of {@link ID_FUNCTION_WORDS} and {@link EN_FUNCTION_WORDS} that carry content (`besar`,
 * `pemerintah`, "government", "police"): frequent in news, so they tell the language, but a word and its
 * translation on both sides of a bead is evidence that the two translate each other.
 */
const CONTENT_AMONG_FUNCTION_WORDS = set(`
  besar kecil naik turun harga warga rakyat pemerintah menteri negara kota daerah wilayah kepala ketua
  anggota pihak polisi tentara pasukan rumah jalan uang dana anggaran tempat waktu hasil cara bagian
  tahun hari bulan orang pekan minggu baru
  government minister president officials official police country state city week month year years people
  new
`);

/** Grammatical words per language: the function words without those that carry content. */
export const GRAMMATICAL_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set([...ID_FUNCTION_WORDS].filter((w) => !CONTENT_AMONG_FUNCTION_WORDS.has(w))),
  en: new Set([...EN_FUNCTION_WORDS].filter((w) => !CONTENT_AMONG_FUNCTION_WORDS.has(w))),
};

/** Function words per language. */
export const FUNCTION_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: ID_FUNCTION_WORDS,
  en: EN_FUNCTION_WORDS,
};

/**
 * Capitalised words that typically open a sentence. After an `ambiguous` abbreviation
 * (`U.S.`, `St.`, an initial) only these make the period a sentence end.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = set(`
  The A An It Its He She They We I You This That These Those There Here His Her Their Our My
  But And Or So Yet However Meanwhile In On At For From After Before When While If As
  Although Though Since Because With Without By Of To Under Over During Some Many Most Several
  Other Others One Two Three No Not What Who Why How Where Which Such Still Also Then Now Last
  Next Earlier Later Both Each All Any Among According Asked Despite Once Until Unlike Instead
  Thus Therefore Moreover Furthermore Nonetheless Nevertheless Only Even Separately Previously
  Currently Today Yesterday Tomorrow
  Ia Dia Mereka Kami Kita Saya Aku Anda Ini Itu Hal Namun Tetapi Tapi Akan Sedangkan Sementara
  Selain Selanjutnya Kemudian Lalu Setelah Sebelum Saat Ketika Pada Di Dalam Dari Untuk Dengan
  Menurut Jika Kalau Apabila Bila Meski Meskipun Walaupun Karena Sebab Oleh Bagi Para Sejumlah
  Beberapa Banyak Sebagian Seluruh Semua Salah Adapun Sebelumnya Kini Sekarang Hingga Sampai
  Bahkan Juga Yang Apa Siapa Mengapa Kenapa Bagaimana Kapan Tak Tidak Belum Sudah Telah Masih
  Sebuah Seorang Suatu Satu Dua Tiga Atas Maka Sehingga Agar Terkait Sejak Selama Usai Seusai
  Begitu Demikian Berdasarkan Sebagai
`);

/**
 * Capitalised words that continue a sentence after a `final` abbreviation (`7 p.m. Monday`,
 * `Apple Inc. Chief Executive …`, `dll. Senin`): weekdays, months, time zones, job titles,
 * company designators.
 */
export const CONTINUATION_CAPITALS: ReadonlySet<string> = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December
  Senin Selasa Rabu Kamis Jumat Sabtu Minggu
  Januari Februari Maret Mei Juni Juli Agustus Oktober Desember
  ET EST EDT CT CST CDT PT PST PDT GMT UTC BST CET WIB WITA WIT
  Chief Executive President Chairman Chairwoman Director Managing Vice Senior Head CEO CFO COO
  Direktur Presiden Komisaris Ketua Kepala Wakil Manajer
  Inc Ltd Co Corp LLC PLC Tbk Persero
`);

/**
 * Lower-case words that cannot end a sentence: a line that ends with one of them continues
 * on the next line (articles, prepositions, conjunctions, relative pronouns).
 */
export const NON_FINAL_WORDS: ReadonlySet<string> = set(`
  the a an of and or to in on at for with by from that which who whose as into than nor but
  is are was were be has have had its their his her our your my this these those
  yang dan di ke dari untuk dengan pada oleh atau serta bahwa dalam para sang si akan telah
  sudah karena sebagai tidak juga bagi tentang terhadap antara seperti hingga sejak menurut
  adalah ialah merupakan namun tetapi sedangkan agar supaya jika kalau
`);

/**
 * Lower-case words that headlines leave in lower case; ignored when deciding whether a line is
 * written in title case.
 */
export const HEADLINE_SMALL_WORDS: ReadonlySet<string> = set(`
  a an the of and or to in on at for with by from as vs via per
  di ke dari dan yang untuk dengan pada atau bagi oleh soal jadi usai jelang
`);

/**
 * Articles, pronouns, conjunctions and prepositions of languages read digits-only (`de`, `fr`, …):
 * never the counted thing after a number (shared/figures/other-languages), and the evidence
 * `detectOtherLang` counts.
 */
export const OTHER_FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: set('der die das den dem des ein eine einer eines einem einen und oder aber zu von bis im in am an auf mit für bei nach vor über unter um aus als wie ist sind war waren hat haben wird er sie es wir ich ihr man dann doch so da wenn dass noch auch nur schon'),
  fr: set('de du des la le les l et ou à au aux en pour par sur dans avec un une qui que est sont il elle ils elles on nous vous je ne pas plus'),
  es: set('de del la el los las y o a al en por para con un una que es son se su sus no más'),
  it: set('di del della dei delle la il lo le gli i e o a al in per con un una che è sono si non più'),
  pt: set('de do da dos das o a os as e ou em no na nos nas por para com um uma que é são se não mais'),
  nl: set('de het een en of van in op met voor te is zijn er die dat niet'),
  // (Latin-script languages whose readers know their scale words: told by their own function words)
  tr: set('ve bir bu için ile olarak göre daha çok ama gibi kadar olan oldu ise ancak değil'),
  vi: set('của và là các những được trong với cho này đã có không một người đến từ theo khi'),
};

/** Languages that write an ordinal, and a day, as digits and a full stop (`am 4. Juni`, `der 3. Platz`: German, Danish, Norwegian, Czech, Polish, Finnish …). */
export const ORDINAL_DOT_LANGS: ReadonlySet<string> = set('de da nb nn no cs sk pl fi hu sl hr sr lv et is fo');
