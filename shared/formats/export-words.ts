/**
 * The words of every export in the user's language (English or Indonesian): column headers,
 * report labels, and the values of kind, category, verdict, severity and status, all from the
 * UI strings (shared/i18n), and the automatic explanation worded by the drift core.
 */
import type { UiLang } from '../api';
import { translate } from '../i18n';
import { en } from '../i18n/en';
import type { LedgerGroup, Mismatch } from '../drift/types';
import { wordExplanation } from '../drift/explain';
import { conceptWord } from '../drift/units';
import { valueTextInIndonesian } from '../figures/format';

export type ExportLang = UiLang;

/** A column header's key: `bilingual.columns.*`, or `level`, `unit` (`formats2.columns.*`). */
export type ColumnKey = keyof typeof en.bilingual.columns | 'level' | 'unit';
export type ReportLabelKey = keyof typeof en.bilingual.report;

export interface ExportWords {
  lang: ExportLang;
  column(key: ColumnKey): string;
  label(key: ReportLabelKey): string;
  kind(kind: string): string;
  category(category: string): string;
  verdict(verdict: string): string;
  severity(severity: string): string;
  /** `confirmed locked` → `dikonfirmasi, dikunci`. */
  status(status: string): string;
  /** `drift` / `review` (shared/drift/confidence.ts) in this language. */
  level(level: string | undefined): string;
  /** The mismatch's automatic explanation in this language. */
  explanation(m: Pick<Mismatch, 'note' | 'facts' | 'messageKey' | 'params'>): string;
  /** A number in this language's notation (`0,85` in Indonesian). */
  number(n: number, digits?: number): string;
  /** A figure kind (`count`, `percent`, …) in this language. */
  figureKind(kind: string): string;
  /** What a ledger group counts (`LedgerGroup.what`: a concept, a currency code, `percent of …`), in this language;
   * a ledger note's target (`what · first value`) keeps its value. */
  ledgerWhat(what: string): string;
  /**
   * The heading of a ledger group in this language: what it counts (ledgerWhat); for a word the concept table does not
   * know (`pelaut`, kept as written), the counted word of a version in this language when the group has one (`sailors`).
   */
  ledgerHeading(group: Pick<LedgerGroup, 'what' | 'kind' | 'entries'>, versionLangs: readonly string[]): string;
  /** The rows an export holds (`all`, `confirmed`, `mismatches`), as the export dialog names them. */
  scope(scope: string): string;
}

export function exportWords(lang: ExportLang | undefined = 'en'): ExportWords {
  const l: ExportLang = lang === 'id' ? 'id' : 'en';
  const tr = (key: string, fallback: string) => {
    const s = translate(l, key);
    return s === key ? fallback : s;
  };
  const concept = (w: string) => (l === 'id' ? (conceptWord(w, 'id') ?? w) : w);
  const words: ExportWords = {
    lang: l,
    figureKind: (k) => tr(`figureKind.${k}`, k),
    ledgerWhat: (target) => {
      // A ledger note's target adds the group's first value after ' · ' (shared/drift/ledger.ts ledgerTarget).
      const cut = target.indexOf(' · ');
      const what = cut < 0 ? target : target.slice(0, cut);
      // (its value in this language's digits and words: `3,250` is `3.250`, `thousands` `ribuan` in Indonesian)
      const rest = cut < 0 ? '' : l === 'id' ? valueTextInIndonesian(target.slice(cut)) : target.slice(cut);
      const percent = /^(percent|percentage points)(?: of (.+))?$/.exec(what);
      if (percent) {
        const [key, keyOf] = percent[1] === 'percent' ? ['ledger.percent', 'ledger.percentOf'] : ['ledger.points', 'ledger.pointsOf'];
        return (percent[2] ? translate(l, keyOf, { what: concept(percent[2]) }) : translate(l, key)) + rest;
      }
      return (what === 'money' ? translate(l, 'ledger.money') : concept(what)) + rest;
    },
    ledgerHeading(group, versionLangs) {
      const known = group.kind === 'money' || group.kind === 'percent' || conceptWord(group.what, 'en') !== undefined;
      const own = known ? undefined : group.entries.find((e) => versionLangs[e.version] === l && e.figure.unit)?.figure.unit;
      return own ? own.toLowerCase() : words.ledgerWhat(group.what);
    },
    column: (key) => translate(l, key === 'level' || key === 'unit' ? `formats2.columns.${key}` : `bilingual.columns.${key}`),
    label: (key) => translate(l, `bilingual.report.${key}`),
    kind: (k) => tr(`kind.${k}`, k),
    category: (c) => tr(`category.${c}`, c),
    verdict: (v) => tr(`verdict.${v}`, v),
    severity: (s) => tr(`severity.${s}`, s),
    status: (s) =>
      s
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => tr(`bilingual.status.${w}`, w))
        .join(', '),
    level: (v) => tr(`confidence.${v ?? 'drift'}`, v ?? 'drift'),
    // Figures carry their facts; entity mismatches a message key with its parameters.
    explanation: (m) => {
      if (m.facts || !m.messageKey) return wordExplanation(m, l);
      const worded = translate(l, m.messageKey, m.params ?? {});
      // A key this table lacks, or parameters it does not get, leave the English note.
      return worded === m.messageKey || worded.includes('{{') ? m.note : worded;
    },
    number: (n, digits = 2) => (l === 'id' ? n.toFixed(digits).replace('.', ',') : n.toFixed(digits)),
    scope: (s) => tr(`export.scopes.${s}`, s),
  };
  return words;
}
