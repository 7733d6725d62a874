/**
 * The counts the workbench shows, worded: one function for the status bar (with i18next's `t`)
 * and for anything outside React (with `translate`), so a count always takes its plural form.
 */
import type { UiLang } from '../api';
import type { Counts } from './select';
import { numberFormat } from '../i18n';

/** A translation function: i18next's `t`, or `translate` bound to a language. */
export type Translate = (key: string, params: Record<string, string | number>) => string;

/** "8 mismatches: 7 open, 1 confirmed, 0 dismissed · 39 matches", in the interface language. */
export function countsLine(counts: Pick<Counts, 'total' | 'open' | 'confirmed' | 'dismissed' | 'matches'> & { reviews?: number }, t: Translate, lang: UiLang): string {
  const n = numberFormat(lang);
  // (the weaker findings, folded under one line of the list, are said apart: "5 mismatches (2 weaker, to review)")
  const reviews = counts.reviews ?? 0;
  return t('workbench.counts', {
    mismatches: reviews > 0 ? t('workbench.counted.mismatchesReviews', { count: counts.total, reviews: n.format(reviews) }) : t('workbench.counted.mismatches', { count: counts.total }),
    open: n.format(counts.open),
    confirmed: n.format(counts.confirmed),
    dismissed: n.format(counts.dismissed),
    matches: t('workbench.counted.matches', { count: counts.matches }),
  });
}
