import type { Figure } from '../figures/types';
import type { Explanation, MatchStatus, MismatchKind } from './types';
import type { VerdictDetail } from './classify';
import { formatFactor, formatNumber, joinWords } from './format';
import { qualifierWords } from './values';

function show(v: number | string | undefined): string {
  if (v === undefined) return '?';
  if (typeof v === 'number') return formatNumber(v);
  const range = /^(-?[\d.e+]+)\.\.(-?[\d.e+]+)$/i.exec(v);
  if (range) return `${formatNumber(Number(range[1]))}–${formatNumber(Number(range[2]))}`;
  return v;
}

const PART_WORDS: Record<string, string> = { year: 'year', month: 'month', day: 'day' };

/**
 * The explanation of a match: an i18n key under `drift.match.*`, its params, and the same
 * sentence in English.
 */
export function explainMatch(status: MatchStatus, a: Figure, b: Figure, detail: VerdictDetail): Explanation {
  const params = { a: a.text, b: b.text, valueA: show(detail.valueA), valueB: show(detail.valueB) };
  switch (status) {
    case 'exact':
      return { messageKey: 'drift.match.exact', params, note: `"${a.text}" and "${b.text}" state the same figure.` };
    case 'converted':
      return {
        messageKey: 'drift.match.converted',
        params,
        note: `"${a.text}" and "${b.text}" state the same figure (${params.valueA}) in different notations.`,
      };
    case 'rounded':
      return {
        messageKey: 'drift.match.rounded',
        params,
        note: `"${a.text}" and "${b.text}" agree once rounded (${params.valueA} vs ${params.valueB}).`,
      };
  }
}

/** The explanation of a mismatch (i18n key `drift.<kind>`). */
export function explainMismatch(
  kind: MismatchKind,
  a: Figure | null,
  b: Figure | null,
  detail: VerdictDetail = {},
): Explanation {
  const at = a?.text ?? '';
  const bt = b?.text ?? '';
  switch (kind) {
    case 'missing':
      return {
        messageKey: 'drift.missing',
        params: { a: at },
        note: `"${at}" in version A has no counterpart in the aligned sentences of version B.`,
      };
    case 'added':
      return {
        messageKey: 'drift.added',
        params: { b: bt },
        note: `"${bt}" in version B has no counterpart in the aligned sentences of version A.`,
      };
    case 'value': {
      const params = { a: at, b: bt, valueA: show(detail.valueA), valueB: show(detail.valueB) };
      return {
        messageKey: 'drift.value',
        params,
        note: `"${at}" and "${bt}" give different values (${params.valueA} vs ${params.valueB}).`,
      };
    }
    case 'qualifier': {
      // The *Code params let a UI say the qualifiers in its own language.
      const params = {
        a: at,
        b: bt,
        qualifierA: qualifierWords(a?.qualifier),
        qualifierB: qualifierWords(b?.qualifier),
        qualifierCodeA: a?.qualifier ?? 'exact',
        qualifierCodeB: b?.qualifier ?? 'exact',
      };
      return {
        messageKey: 'drift.qualifier',
        params,
        note: `"${at}" is ${params.qualifierA} but "${bt}" is ${params.qualifierB}: the qualifier changed.`,
      };
    }
    case 'unit': {
      const params = {
        a: at,
        b: bt,
        unitA: detail.conceptA ?? a?.currency ?? a?.unit ?? '?',
        unitB: detail.conceptB ?? b?.currency ?? b?.unit ?? '?',
      };
      return {
        messageKey: 'drift.unit',
        params,
        note: `"${at}" and "${bt}" have the same number but count different things (${params.unitA} vs ${params.unitB}).`,
      };
    }
    case 'scale': {
      const params = { a: at, b: bt, factor: formatFactor(detail.factor ?? 1), factorValue: detail.factor ?? 1 };
      return {
        messageKey: 'drift.scale',
        params,
        note: `"${at}" and "${bt}" differ by a factor of ${params.factor}: the scale word changed.`,
      };
    }
    case 'date': {
      const parts = joinWords((detail.dateParts ?? []).map((p) => PART_WORDS[p] ?? p));
      const params = { a: at, b: bt, parts, partCodes: (detail.dateParts ?? []).join(','), valueA: show(detail.valueA), valueB: show(detail.valueB) };
      return {
        messageKey: 'drift.date',
        params,
        note: `"${at}" and "${bt}" disagree on the ${parts} (${params.valueA} vs ${params.valueB}).`,
      };
    }
    case 'ambiguous': {
      const side = detail.ambiguousSide ?? 'b';
      const figure = side === 'a' ? at : bt;
      const other = side === 'a' ? bt : at;
      const readings = joinWords((detail.readings ?? []).map(show), 'or');
      const params = { a: at, b: bt, figure, other, readings };
      return {
        messageKey: 'drift.ambiguous',
        params,
        note: `"${figure}" can be read as ${readings}, and only one reading agrees with "${other}".`,
      };
    }
    case 'entity':
      // Names are explained by shared/entities, which builds its own mismatches; this only keeps the switch total.
      return { messageKey: 'kind.entity', params: { a: at, b: bt }, note: `${at || '—'} vs ${bt || '—'}` };
  }
}
