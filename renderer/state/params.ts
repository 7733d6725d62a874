/**
 * The drift core explains in English words (`more than`, `day`, `a thousand`); it also passes
 * codes, from which the UI says the same in the interface language.
 */
import type { TFunction } from 'i18next';
import type { ExplanationFacts } from '../../shared/drift/types';
import { wordExplanation } from '../../shared/drift/explain';
import { numberFormat } from '../../shared/i18n';

export function localParams(t: TFunction, lang: string, params: Record<string, string | number>): Record<string, string | number> {
  const out = { ...params };
  if (typeof params.qualifierCodeA === 'string') out.qualifierA = t(`qualifier.${params.qualifierCodeA}`);
  if (typeof params.qualifierCodeB === 'string') out.qualifierB = t(`qualifier.${params.qualifierCodeB}`);
  if (typeof params.roleCodeA === 'string') out.roleA = t(`changeRole.${params.roleCodeA}`);
  if (typeof params.roleCodeB === 'string') out.roleB = t(`changeRole.${params.roleCodeB}`);
  if (typeof params.rateCodeA === 'string') out.rateA = t(`ratePeriod.${params.rateCodeA}`);
  if (typeof params.rateCodeB === 'string') out.rateB = t(`ratePeriod.${params.rateCodeB}`);
  if (typeof params.partCodes === 'string' && params.partCodes) {
    const parts = params.partCodes.split(',').map((p) => t(`datePart.${p}`, { defaultValue: p }));
    out.parts = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${t('common.and')} ${parts[parts.length - 1]}` : parts[0];
  }
  if (typeof params.factorValue === 'number') {
    out.factor = numberFormat(lang).format(params.factorValue);
  }
  return out;
}

/** A score from 0 to 1 with two decimals, in the interface language's digits (`0.90`, `0,90`). */
export function scoreText(lang: string, value: number): string {
  return numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** The one sentence that explains a match or a mismatch, in the interface language. */
export function explain(
  t: TFunction,
  lang: string,
  m: { messageKey: string; params: Record<string, string | number>; note: string; facts?: ExplanationFacts },
): string {
  // The core words its facts in English or Indonesian (numbers, units, dates included).
  if (m.facts && (lang === 'id' || lang === 'en')) return wordExplanation(m, lang);
  return t(m.messageKey, { ...localParams(t, lang, m.params), defaultValue: m.note });
}
