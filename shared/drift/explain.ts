/**
 * Explanations of matches and mismatches: the core states the facts (`ExplanationFacts`) and
 * one function per language words them — `wordEn` (also the `note` the CLI and exports have
 * always carried) and `wordId` (Indonesian numbers `11.000`, `2,5`; Indonesian qualifiers,
 * date parts, units and dates). The UI, the CLI and every export call `wordExplanation`.
 */
import type { Figure } from '../figures/types';
import { rupiahPerDollar } from './exchange-rates';
import type { Explanation, ExplanationFacts, MatchStatus, MismatchKind } from './types';
import type { VerdictDetail } from './classify';
import { formatFactor, formatNumber, joinWords } from './format';
import { yearSpanText } from '../figures/format';
import { yearPartMonths } from '../figures/year-parts';
import { qualifierWords } from './values';
import { conceptWord } from './units';
import { translate } from '../i18n';
import type { NotTranslationCue } from './bead-evidence';
import type { UnreadRendering } from './unread-renderings';

export type WordingLang = 'en' | 'id';

// ---------------------------------------------------------------------------------------------
// English

/** A range of two whole numbers a year may be, written as years are (yearSpanText). */
const yearSpan = (range: RegExpExecArray): string | undefined => yearSpanText(Number(range[1]), Number(range[2]));

/** A year or a month said in part, as a date mismatch carries it (`early|2026`, `mid|--05`): the part and the date. */
const IN_PART = /^(early|mid|late)\|(.+)$/;

function showEn(v: number | string | undefined): string {
  if (v === undefined) return '?';
  const part = typeof v === 'string' ? IN_PART.exec(v) : null;
  if (part) return `${translate('en', `periodPart.${part[1]}`)} ${showEn(part[2])}`;
  if (typeof v === 'number') return formatNumber(v);
  const range = /^(-?[\d.e+]+)\.\.(-?[\d.e+]+)$/i.exec(v);
  if (range) return yearSpan(range) ?? `${formatNumber(Number(range[1]))}–${formatNumber(Number(range[2]))}`;
  const weekday = ISO_WEEKDAY.exec(v);
  if (weekday) return WEEKDAYS_EN[Number(weekday[1]) - 1];
  const date = dateParts(v);
  if (date) {
    const month = date.month ? MONTHS_EN[date.month - 1] : '';
    const monthDay = [month, date.day ? String(date.day) : ''].filter(Boolean).join(' ');
    const out = date.year && date.day ? `${monthDay}, ${date.year}` : [monthDay, date.year].filter(Boolean).join(' ');
    if (out) return out;
  }
  return v;
}

/** A weekday without its week (`-W-4`: Thursday; ISO 8601 numbers Monday 1 … Sunday 7), as weekday mismatches carry it. */
const ISO_WEEKDAY = /^-W-([1-7])$/;
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_ID = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The parts of an ISO calendar value (`2024-11-04`, `--11-04`, `2024-11`, `--11`); null for anything else (a bare year stays as written). */
function dateParts(v: string): { year: string; month: number; day: number } | null {
  const date = /^(\d{4}|--)-?(\d{2})?(?:-(\d{2}))?$/.exec(v);
  if (!date || (!date[2] && date[1] === '--')) return null;
  const month = date[2] ? Number(date[2]) : 0;
  if (month < 1 || month > 12) return null;
  return { year: date[1] === '--' ? '' : date[1], month, day: date[3] ? Number(date[3]) : 0 };
}

const PART_WORDS_EN: Record<string, string> = { year: 'year', month: 'month', day: 'day', weekday: 'weekday', part: 'part of the period' };

/** The explanation in English (the `note` of matches and mismatches). */
export function wordEn(f: ExplanationFacts): string {
  return withBeadCue(sentenceEn(f), f, 'en');
}

/** Whether a bead judgement's cues are those of two sentences of one language (bead-evidence's judgeRewording), not a translation's. */
export const judgedInOneLanguage = (cues: readonly string[]): boolean => cues.includes('few-words-shared');

/**
 * The sentence with what the finding's evidence says of it appended: why the other version may state the figure unread
 * (`facts.unread`, shared/drift/unread-renderings); when the bead's sentences do not read as
 * translations of each other (`facts.notTranslation`, shared/drift/bead-evidence), that and why,
 * worded through the interface's messages (`drift.notTranslation.*` in shared/i18n).
 */
function withBeadCue(sentence: string, f: ExplanationFacts, lang: WordingLang): string {
  // (a figure the other version may state unread: why the finding is weaker)
  if (f.unread) sentence = `${sentence} ${translate(lang, 'drift.unread.lead', { reason: translate(lang, `drift.unread.reason.${f.unread}`) })}`;
  if (!f.notTranslation || f.notTranslation.length === 0) return sentence;
  const cues = f.notTranslation.map((c) => translate(lang, `drift.notTranslation.cue.${c}`));
  const lead = judgedInOneLanguage(f.notTranslation) ? 'drift.notTranslation.leadOneLanguage' : 'drift.notTranslation.lead';
  return `${sentence} ${translate(lang, lead, { cues: lang === 'id' ? joinId(cues) : joinWords(cues) })}`;
}

function sentenceEn(f: ExplanationFacts): string {
  const { a, b } = f;
  switch (f.messageKey) {
    case 'drift.match.exact':
      return `"${a}" and "${b}" state the same figure.`;
    case 'drift.match.converted':
      return `"${a}" and "${b}" state the same figure (${showEn(f.valueA)}) in different notations.`;
    case 'drift.match.rounded':
      return `"${a}" and "${b}" agree once rounded (${showEn(f.valueA)} vs ${showEn(f.valueB)}).`;
    case 'drift.missing':
      if (f.nearby !== undefined) return `"${a}" in version A has no counterpart in the aligned sentences of version B, but ${f.far ? 'another' : 'a neighbouring'} sentence of B states it ("${f.nearby}"): moved, not dropped?`;
      return `"${a}" in version A has no counterpart in the aligned sentences of version B.`;
    case 'drift.added':
      if (f.nearby !== undefined) return `"${b}" in version B has no counterpart in the aligned sentences of version A, but ${f.far ? 'another' : 'a neighbouring'} sentence of A states it ("${f.nearby}"): moved, not added?`;
      return `"${b}" in version B has no counterpart in the aligned sentences of version A.`;
    case 'drift.value':
      return `"${a}" and "${b}" give different values (${showEn(f.valueA)} vs ${showEn(f.valueB)}).`;
    case 'drift.conversionRate':
      return `"${a}" and "${b}" are not the same amount: they make ${showEn(f.rate)} rupiah a dollar, so the conversion written beside the figure is wrong.`;
    case 'drift.conversion':
      return `"${a}" and "${b}" are not the same amount (${showEn(f.valueA)} vs ${showEn(f.valueB)}): the conversion written beside the figure is wrong.`;
    case 'drift.qualifier':
      // (the interface's phrases, `qualifier.*` in shared/i18n: "an upper bound (“at most”)")
      return `"${a}" is ${translate('en', `qualifier.${f.qualifierA ?? 'exact'}`)} but "${b}" is ${translate('en', `qualifier.${f.qualifierB ?? 'exact'}`)}: the qualifier changed.`;
    case 'drift.rate':
      return `"${a}" is ${translate('en', `ratePeriod.${f.rateA}`)} but "${b}" is ${translate('en', `ratePeriod.${f.rateB}`)}: the period of the rate changed.`;
    case 'drift.period':
      return `"${a}" covers ${f.periodA} months but "${b}" covers ${f.periodB}: the period changed.`;
    case 'drift.role':
      return `"${a}" is ${translate('en', `changeRole.${f.roleA}`)} but "${b}" is ${translate('en', `changeRole.${f.roleB}`)}: the figure now measures another thing.`;
    case 'drift.unit':
      return `"${a}" and "${b}" have the same number but count different things (${f.unitA ?? '?'} vs ${f.unitB ?? '?'}).`;
    case 'drift.scale':
      return `"${a}" and "${b}" differ by a factor of ${formatFactor(f.factor ?? 1)}: the scale word changed.`;
    case 'drift.date':
      return `"${a}" and "${b}" disagree on the ${joinWords((f.dateParts ?? []).map((p) => PART_WORDS_EN[p] ?? p))} (${showEn(f.valueA)} vs ${showEn(f.valueB)}).`;
    case 'drift.ambiguous': {
      const [figure, other] = f.side === 'a' ? [a, b] : [b, a];
      return `"${figure}" can be read as ${joinWords((f.readings ?? []).map(showEn), 'or')}, and only one reading agrees with "${other}".`;
    }
    default:
      return `"${a}" / "${b}"`;
  }
}

// ---------------------------------------------------------------------------------------------
// Indonesian

/** A number the Indonesian way: `11.000`, `2,5`, `-1.480.000`. */
export function formatNumberId(n: number): string {
  return formatNumber(n).replace(/[,.]/g, (c) => (c === ',' ? '.' : ','));
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function showId(v: number | string | undefined): string {
  if (v === undefined) return '?';
  const part = typeof v === 'string' ? IN_PART.exec(v) : null;
  if (part) return `${translate('id', `periodPart.${part[1]}`)} ${showId(part[2])}`;
  if (typeof v === 'number') return formatNumberId(v);
  const range = /^(-?[\d.e+]+)\.\.(-?[\d.e+]+)$/i.exec(v);
  if (range) return yearSpan(range) ?? `${formatNumberId(Number(range[1]))}–${formatNumberId(Number(range[2]))}`;
  const weekday = ISO_WEEKDAY.exec(v);
  if (weekday) return WEEKDAYS_ID[Number(weekday[1]) - 1];
  const date = dateParts(v);
  if (date) {
    const out = [date.day ? String(date.day) : '', MONTHS_ID[date.month - 1], date.year].filter(Boolean).join(' ');
    if (out) return out;
  }
  const time = /^(\d{2}):(\d{2})$/.exec(v);
  if (time) return `${time[1]}.${time[2]}`;
  return v;
}

/**
 * A calendar value (`--03-21`, `2008-05`, `2023-03-14`) as the explanations word it in the interface's language
 * (`March 21`, `May 2008`; *21 Maret*, *Mei 2008*), for what shows a date beside them (a hover's counterpart).
 */
export function calendarValueShown(v: string, lang: 'en' | 'id'): string {
  return lang === 'id' ? showId(v) : showEn(v);
}

/** A qualifier in Indonesian words, from the interface's one table (`qualifier.*` in shared/i18n). */
const qualifierId = (q: string | undefined) => translate('id', `qualifier.${q ?? 'exact'}`);
const PART_WORDS_ID: Record<string, string> = { year: 'tahun', month: 'bulan', day: 'tanggal', weekday: 'nama hari', part: 'bagian periode' };

function joinId(words: string[], conjunction = 'dan'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

const unitId = (u: string | undefined) =>
  u === UNIT_PERCENT ? 'persen' : u === UNIT_NONE ? 'tanpa satuan' : u === UNIT_PERCENTAGE_POINTS ? 'poin persentase' : u ? (conceptWord(u, 'id') ?? u) : '?';

/** The unit word of a percent, and of a number that names no counted thing, in a unit mismatch's explanation. */
const UNIT_PERCENT = 'percent';
const UNIT_NONE = 'no unit';
/** A percent said in points (classify.ts pointsAsPercent). */
const UNIT_PERCENTAGE_POINTS = 'percentage points';

/** The explanation in Indonesian. */
export function wordId(f: ExplanationFacts): string {
  return withBeadCue(sentenceId(f), f, 'id');
}

function sentenceId(f: ExplanationFacts): string {
  const a = `“${f.a}”`;
  const b = `“${f.b}”`;
  switch (f.messageKey) {
    case 'drift.match.exact':
      return `${a} dan ${b} menyatakan angka yang sama.`;
    case 'drift.match.converted':
      return `${a} dan ${b} menyatakan angka yang sama (${showId(f.valueA)}) dengan penulisan berbeda.`;
    case 'drift.match.rounded':
      return `${a} dan ${b} sama setelah dibulatkan (${showId(f.valueA)} vs ${showId(f.valueB)}).`;
    case 'drift.missing':
      if (f.nearby !== undefined) return `${a} di versi A tidak punya padanan di kalimat sejajar versi B, tetapi ${f.far ? 'kalimat lain' : 'kalimat tetangganya'} di versi B menyebutnya (“${f.nearby}”): dipindahkan, bukan dihapus?`;
      return `${a} di versi A tidak punya padanan di kalimat sejajar versi B.`;
    case 'drift.added':
      if (f.nearby !== undefined) return `${b} di versi B tidak punya padanan di kalimat sejajar versi A, tetapi ${f.far ? 'kalimat lain' : 'kalimat tetangganya'} di versi A menyebutnya (“${f.nearby}”): dipindahkan, bukan ditambahkan?`;
      return `${b} di versi B tidak punya padanan di kalimat sejajar versi A.`;
    case 'drift.value':
      return `${a} dan ${b} memberi nilai berbeda (${showId(f.valueA)} vs ${showId(f.valueB)}).`;
    case 'drift.conversionRate':
      return `${a} dan ${b} bukan jumlah yang sama: keduanya berarti ${showId(f.rate)} rupiah per dolar, jadi konversi yang ditulis di samping angka itu salah.`;
    case 'drift.conversion':
      return `${a} dan ${b} bukan jumlah yang sama (${showId(f.valueA)} vs ${showId(f.valueB)}): konversi yang ditulis di samping angka itu salah.`;
    case 'drift.qualifier':
      return `${a} bermakna ${qualifierId(f.qualifierA)}, tetapi ${b} bermakna ${qualifierId(f.qualifierB)}: penandanya berubah.`;
    case 'drift.rate':
      return `${a} adalah ${translate('id', `ratePeriod.${f.rateA}`)}, tetapi ${b} adalah ${translate('id', `ratePeriod.${f.rateB}`)}: periode lajunya berubah.`;
    case 'drift.period':
      return `${a} mencakup ${f.periodA} bulan, tetapi ${b} mencakup ${f.periodB} bulan: periodenya berubah.`;
    case 'drift.role':
      return `${a} adalah ${translate('id', `changeRole.${f.roleA}`)}, tetapi ${b} adalah ${translate('id', `changeRole.${f.roleB}`)}: angkanya kini mengukur hal lain.`;
    case 'drift.unit':
      return `${a} dan ${b} berangka sama tetapi menghitung hal berbeda (${unitId(f.unitA)} vs ${unitId(f.unitB)}).`;
    case 'drift.scale':
      return `${a} dan ${b} berbeda dengan faktor ${formatFactor(f.factor ?? 1, 'id')}: kata skalanya berubah.`;
    case 'drift.date':
      return `${a} dan ${b} tidak sepakat tentang ${joinId((f.dateParts ?? []).map((p) => PART_WORDS_ID[p] ?? p))} (${showId(f.valueA)} vs ${showId(f.valueB)}).`;
    case 'drift.ambiguous': {
      const [figure, other] = f.side === 'a' ? [a, b] : [b, a];
      return `${figure} dapat dibaca sebagai ${joinId((f.readings ?? []).map(showId), 'atau')}; hanya satu bacaan yang cocok dengan ${other}.`;
    }
    default:
      return `${a} / ${b}`;
  }
}

/** The explanation in the given language; without facts, the English note. */
export function wordExplanation(e: Pick<Explanation, 'note' | 'facts'>, lang: WordingLang | string): string {
  if (!e.facts) return e.note;
  return lang === 'id' ? wordId(e.facts) : wordEn(e.facts);
}

// ---------------------------------------------------------------------------------------------
// The facts

function explanation(facts: ExplanationFacts, params: Record<string, string | number>): Explanation {
  return { messageKey: facts.messageKey, params, note: wordEn(facts), facts };
}

/**
 * The explanation of a match: an i18n key under `drift.match.*`, its params, the facts and
 * the same sentence in English.
 */
export function explainMatch(status: MatchStatus, a: Figure, b: Figure, detail: VerdictDetail): Explanation {
  // (two parts of a year that cover the same months, *enam bulan pertama* and `first half`, state the same period: the
  // number compared, the rank of the part, would mean nothing to a reader, "the same figure (1)")
  if (status !== 'exact' && yearPartMonths(a) && yearPartMonths(b)) return explainMatch('exact', a, b, detail);
  const params = { a: a.text, b: b.text, valueA: showEn(detail.valueA), valueB: showEn(detail.valueB) };
  return explanation({ messageKey: `drift.match.${status}`, a: a.text, b: b.text, valueA: detail.valueA, valueB: detail.valueB }, params);
}

/**
 * The explanation of a figure missing from (or added to) its bead that the other version states in a
 * neighbouring sentence (or, `far`, in another one): the key stays `drift.missing` / `drift.added`, the facts carry `nearby`.
 */
export function explainMoved(kind: 'missing' | 'added', a: Figure | null, b: Figure | null, nearby: Figure, far = false): Explanation {
  const at = a?.text ?? '';
  const bt = b?.text ?? '';
  return explanation({ messageKey: `drift.${kind}`, a: at, b: bt, nearby: nearby.text, ...(far ? { far } : {}) }, kind === 'missing' ? { a: at, nearby: nearby.text } : { b: bt, nearby: nearby.text });
}

/**
 * The explanation of a mismatch found in a bead whose sentences do not read as translations of each
 * other: the same key and facts, with the cues (`facts.notTranslation`) that the wording states.
 */
export function explainNotTranslation(e: Explanation, cues: readonly NotTranslationCue[]): Explanation {
  if (!e.facts) return e;
  const facts: ExplanationFacts = { ...e.facts, notTranslation: [...cues] };
  return { messageKey: e.messageKey, params: e.params, note: wordEn(facts), facts };
}

/**
 * The explanation of a missing or added figure the other version may state in words not read as a figure: the same key
 * and facts, with the reason (`facts.unread`) that the wording states.
 */
export function explainUnread(e: Explanation, reason: UnreadRendering): Explanation {
  if (!e.facts) return e;
  const facts: ExplanationFacts = { ...e.facts, unread: reason };
  return { messageKey: e.messageKey, params: e.params, note: wordEn(facts), facts };
}

/** The explanation of a mismatch (i18n key `drift.<kind>`). */
export function explainMismatch(kind: MismatchKind, a: Figure | null, b: Figure | null, detail: VerdictDetail = {}): Explanation {
  const at = a?.text ?? '';
  const bt = b?.text ?? '';
  const facts: ExplanationFacts = { messageKey: `drift.${kind}`, a: at, b: bt };
  switch (kind) {
    case 'missing':
      return explanation(facts, { a: at });
    case 'added':
      return explanation(facts, { b: bt });
    case 'value': {
      // (a conversion the translator wrote beside a figure that does not restate it: its own key, with the rate a
      // rupiah-dollar pair implies)
      const exact = detail.wrongConversion && a && b ? rupiahPerDollar(a, b) : undefined;
      const rate = exact !== undefined ? Math.round(exact) : undefined;
      return explanation(
        { ...facts, ...(detail.wrongConversion ? { messageKey: rate !== undefined ? 'drift.conversionRate' : 'drift.conversion' } : {}), valueA: detail.valueA, valueB: detail.valueB, ...(rate !== undefined ? { rate } : {}) },
        { a: at, b: bt, valueA: showEn(detail.valueA), valueB: showEn(detail.valueB), ...(rate !== undefined ? { rate: showEn(rate) } : {}) },
      );
    }
    case 'qualifier': {
      if (detail.roles) {
        // the same number playing another part in a change: its own key, the parts as codes a UI words itself
        const [roleA, roleB] = detail.roles;
        return explanation(
          { ...facts, messageKey: 'drift.role', roleA, roleB },
          { a: at, b: bt, roleA: translate('en', `changeRole.${roleA}`), roleB: translate('en', `changeRole.${roleB}`), roleCodeA: roleA, roleCodeB: roleB },
        );
      }
      const qualifierA = a?.qualifier ?? 'exact';
      const qualifierB = b?.qualifier ?? 'exact';
      // The *Code params let a UI say the qualifiers in its own language.
      return explanation(
        { ...facts, qualifierA, qualifierB },
        { a: at, b: bt, qualifierA: qualifierWords(a?.qualifier), qualifierB: qualifierWords(b?.qualifier), qualifierCodeA: qualifierA, qualifierCodeB: qualifierB },
      );
    }
    case 'unit': {
      if (detail.rates) {
        // a rate's period dropped or changed: its own key, the periods as codes a UI words itself
        const [rateA, rateB] = detail.rates;
        return explanation(
          { ...facts, messageKey: 'drift.rate', rateA, rateB },
          { a: at, b: bt, rateA: translate('en', `ratePeriod.${rateA}`), rateB: translate('en', `ratePeriod.${rateB}`), rateCodeA: rateA, rateCodeB: rateB },
        );
      }
      // (a percent names no counted thing, nor does a bare number: said so, not as `?`)
      const unitOf = (f: Figure | null) => (f?.kind === 'percent' ? UNIT_PERCENT : (f?.unit ?? UNIT_NONE));
      const unitA = detail.conceptA ?? a?.currency ?? unitOf(a);
      const unitB = detail.conceptB ?? b?.currency ?? unitOf(b);
      return explanation({ ...facts, unitA, unitB }, { a: at, b: bt, unitA, unitB });
    }
    case 'scale': {
      const factor = detail.factor ?? 1;
      return explanation({ ...facts, factor }, { a: at, b: bt, factor: formatFactor(factor), factorValue: factor });
    }
    case 'date': {
      if (detail.periods) {
        // two parts of a year of different lengths: its own key, the months each covers
        const [periodA, periodB] = detail.periods;
        return explanation({ ...facts, messageKey: 'drift.period', periodA, periodB, valueA: detail.valueA, valueB: detail.valueB }, { a: at, b: bt, periodA, periodB });
      }
      const dateParts = detail.dateParts ?? [];
      const params = {
        a: at,
        b: bt,
        parts: joinWords(dateParts.map((p) => PART_WORDS_EN[p] ?? p)),
        partCodes: dateParts.join(','),
        valueA: showEn(detail.valueA),
        valueB: showEn(detail.valueB),
      };
      return explanation({ ...facts, dateParts, valueA: detail.valueA, valueB: detail.valueB }, params);
    }
    case 'ambiguous': {
      const side = detail.ambiguousSide ?? 'b';
      const readings = detail.readings ?? [];
      const params = {
        a: at,
        b: bt,
        figure: side === 'a' ? at : bt,
        other: side === 'a' ? bt : at,
        readings: joinWords(readings.map(showEn), 'or'),
      };
      return explanation({ ...facts, side, readings }, params);
    }
    case 'entity':
      // Names are explained by shared/entities, which builds its own mismatches; this only keeps the switch total.
      return { messageKey: 'kind.entity', params: { a: at, b: bt }, note: `${at || '—'} vs ${bt || '—'}` };
  }
}
