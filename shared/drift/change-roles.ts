/**
 * The part a figure plays in a change, read from the words around it: the size of the change
 * (*naik 5 persen*, *naik sebesar Rp38,5 triliun*, "rose by 5 percent", "an increase of 74 percent"),
 * the level reached (*naik menjadi 10 persen*, *turun ke level 9.100*, "rose to 10 percent") or the
 * level it started from (*naik dari 41,70 dolar*, "jumped to US$58.34 from US$41.70"; also the base of a
 * comparison, *dibandingkan dengan 71 persen*, "compared with 71 percent"). A translation
 * that keeps the number but gives it another part (*meningkat sebesar Rp38,5 triliun* ↔ "grew ... to
 * Rp38.5 trillion": the increase became the level) tells its reader another fact: the guideline labels
 * it a qualifier drift. Only a part both versions state outright counts; a figure whose words say
 * none ("at 5 percent", *mencapai*, *sebesar* alone, *naik hingga*) has no part here.
 *
 * Growth verbs (*tumbuh*, "grew", "growth") name a rate as often as a change: with a percent they
 * say no part ("the economy grew 6 percent" and "growth rose to 6 percent" state one rate). Pure
 * functions, no I/O.
 */
import type { Figure, FigureKind } from '../figures/types';
import type { Lang, Sentence } from '../text/types';
import type { MatchStatus } from './types';
import { figureInSentence, type BeadSides } from './figure-sentence';
import { AMOUNT_KINDS } from './values';

/** The part a figure plays in a change: its size, the level reached, the level it started from. */
export type ChangeRole = 'change' | 'level' | 'from' | 'contribution' | 'own';

/** Verbs and nouns of a change in value, per language (`naik`, `penurunan`, "rose", "a decline"). */
const CHANGE_WORDS: Record<Lang, string> = {
  id: String.raw`(?:(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|melemah|menguat|merosot|anjlok|terkoreksi|terapresiasi|terdepresiasi|melambung|meroket|jatuh|terjun|menukik|menanjak|menyusut|membengkak|terpangkas|dipangkas|dinaikkan|diturunkan|kenaikan|penurunan|peningkatan|lonjakan|penguatan|pelemahan|pemangkasan)(?:nya)?)`,
  en: String.raw`(?:rose|rises|rise|rising|risen|fell|falls|fall|falling|fallen|increased|increases|increasing|increase|decreased|decreases|decreasing|decrease|declined|declines|declining|decline|dropped|drops|dropping|drop|jumped|jumps|jumping|jump|climbed|climbs|climbing|slipped|slipping|slid|sliding|plunged|plunges|plunging|surged|surges|surging|soared|soars|soaring|dived|dove|diving|dipped|dips|tumbled|tumbling|sank|slumped|plummeted|skyrocketed|rebounded|weakened|weakening|strengthened|strengthening|appreciated|depreciated|advanced|gained|gains|gain|lost|shed|cut|raised|lowered|hike|hiked|up|down)`,
};

/** Growth verbs and nouns: a change for an amount, no part for a percent (a rate of growth is said both ways). */
const GROWTH_WORDS: Record<Lang, string> = {
  id: String.raw`(?:tumbuh|bertumbuh|pertumbuhan)`,
  en: String.raw`(?:grew|grow|grows|growing|grown|growth|expanded|expands|expanding|expansion)`,
};

/** Hedges and bounds that may stand between the marker and the number (the reader keeps some in the figure, some not). */
const HEDGE: Record<Lang, string> = {
  id: String.raw`(?:(?:sekitar|hampir|kurang\s+lebih|rata-rata)\s+)?`,
  en: String.raw`(?:(?:an?\s+average\s+of|an?\s+estimated|about|around|some|nearly|almost|more\s+than|over|less\s+than|roughly|approximately)\s+)?`,
};

/** A currency sign that may stand before the number outside the figure's own span. */
const SIGN = String.raw`(?:Rp\.?\s?|US\$\s?|\$)?`;

/** Words between a change word and the number that keep the clause (no sentence or clause punctuation, no digits). */
const GAP = String.raw`[^.,;:!?\d]{0,45}?`;
/** A longer reach for "by", which names the size of a change wherever the verb stands ("raised the share of the division in its income by 51 percent"). */
const GAP_LONG = String.raw`[^.,;:!?\d]{0,100}?`;
/** The same, allowing numbers and their decimal or thousands dots: `rose by 4.4 percent to Rp38.5 trillion` (the figure before is another part). */
const GAP_NUMBERS = String.raw`(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,90}?`;

interface RolePatterns {
  level: RegExp;
  from: RegExp;
  change: RegExp;
}

function patterns(words: string, lang: Lang): RolePatterns {
  const h = HEDGE[lang];
  if (lang === 'id') {
    return {
      level: new RegExp(String.raw`\b${words}\b${GAP_NUMBERS}\b(?:menjadi|ke(?:\s+(?:level|posisi|angka|tingkat))?)\s+${h}${SIGN}$`, 'i'),
      from: new RegExp(
        String.raw`\b${words}\b${GAP_NUMBERS}(?<!\b(?:lebih|kurang|sebagian|satu|salah))\s+dari\s+(?:level\s+|posisi\s+|angka\s+)?${h}${SIGN}$|\b${words}\b${GAP}\bdibanding(?:kan)?\b${GAP}\bsebesar\s+${h}${SIGN}$`,
        'i',
      ),
      change: new RegExp(String.raw`\b${words}\s+(?:sebesar\s+)?${h}${SIGN}$|\b${words}\b${GAP}\bsebesar\s+${h}${SIGN}$`, 'i'),
    };
  }
  return {
    level: new RegExp(String.raw`\b${words}\b${GAP_NUMBERS}(?<!\b(?:up|compared|close|closer|according|due|prior|relative|equal|similar|next))\s+to\s+(?:the\s+level\s+of\s+)?${h}${SIGN}$`, 'i'),
    from: new RegExp(String.raw`\b${words}\b${GAP_NUMBERS}\s+from\s+(?:the\s+level\s+of\s+)?${h}${SIGN}$|\b${words}\b${GAP}\bcompared\s+(?:to|with)\b${GAP}(?:of\s+)?${h}${SIGN}$`, 'i'),
    change: new RegExp(
      String.raw`\b${words}\s+(?:by\s+)?${h}${SIGN}$|\b${words}\b${GAP_LONG}\bby\s+${h}${SIGN}$|\b${words}\s+(?:in\s+[^.,;:!?\d]{1,40}?\s+)?of\s+${h}${SIGN}$`,
      'i',
    ),
  };
}

const CHANGE_PATTERNS: Record<Lang, RolePatterns> = { id: patterns(CHANGE_WORDS.id, 'id'), en: patterns(CHANGE_WORDS.en, 'en') };
const GROWTH_PATTERNS: Record<Lang, RolePatterns> = { id: patterns(GROWTH_WORDS.id, 'id'), en: patterns(GROWTH_WORDS.en, 'en') };

/** An upper bound written as "up to" right before the number: a bound, not the level reached. */
const UP_TO = /\bup\s+to\s+$/i;
/** A number and its unit or scale word, then `atau` / "or": the figure after restates the one before (*2,2 persen atau Rp7,7 triliun*). */
const RESTATED: Record<Lang, RegExp> = {
  id: /\d[\d.,]*\s*(?:persen|%|triliun|miliar|juta|ribu|dolar(?:\s+AS)?)?\s+atau\s+(?:sekitar\s+|sebesar\s+)?(?:Rp\.?\s?|US\$\s?|\$)?$/i,
  en: /\d[\d.,]*\s*(?:percent|pct|%|trillion|billion|million|thousand|dollars?)?\s*,?\s+or\s+(?:about\s+|some\s+)?(?:Rp\.?\s?|US\$\s?|\$)?$/i,
};
/** The number of a restated figure: where the text before it ends. */
const RESTATED_NUMBER = /\d[\d.,]*\s*(?:persen|%|triliun|miliar|juta|ribu|dolar(?:\s+AS)?|percent|pct|trillion|billion|million|thousand|dollars?)?\s*,?\s+(?:atau|or)\s+\S*\s*\S*$/i;
/**
 * Right after a figure: `dari` / "from" and another number of the same kind (*sebesar Rp17.500 dari
 * Rp15.000*): the figure is the new level. A percent after an amount, or an amount after a percent
 * (*melonjak 543 persen dari Rp2,16 miliar*), is a change from a level, not two levels.
 */
const FROM_AFTER: Record<Lang, RegExp> = {
  id: /^\s*(?:per\s+\S+\s+)?dari\s+(?:level\s+|posisi\s+)?(?:Rp\.?\s?|US\$\s?|\$)?\d[\d.,]*\s*(persen|%)?/i,
  en: /^\s*(?:a\s+\S+\s+|per\s+\S+\s+)?(?:in\s+\S+\s+)?from\s+(?:the\s+level\s+of\s+)?(?:Rp\.?\s?|US\$\s?|\$)?\d[\d.,]*\s*(percent|pct|%)?/i,
};
/** How near before a figure a change or growth word keeps the words after it from deciding (`tumbuh 16 persen dari Rp5,2 triliun`). */
const AFTER_REACH = 40;
/** A change or growth word anywhere in a stretch of text. */
const CHANGE_SAID: Record<Lang, RegExp> = {
  id: new RegExp(String.raw`\b(?:${CHANGE_WORDS.id}|${GROWTH_WORDS.id})\b`, 'i'),
  en: new RegExp(String.raw`\b(?:${CHANGE_WORDS.en}|${GROWTH_WORDS.en})\b`, 'i'),
};

/** A noun of a change right after an English figure ("a Rp219.4 billion increase"); with growth nouns for amounts only. */
const CHANGE_NOUN_AFTER = /^\s*(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut|hike|surge|plunge|draw|drawdown)s?\b/i;
const CHANGE_OR_GROWTH_NOUN_AFTER = /^\s*(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut|hike|surge|plunge|draw|drawdown|growth|expansion)s?\b/i;

/**
 * A comparison's base right before the number, with no change word needed (a level then, against the figure
 * now): *dibandingkan dengan 74 persen*, *dibanding periode yang sama sebesar 45 dolar*, "compared with 74 percent".
 * A bare number after a time phrase (*kenaikannya dibanding bulan lalu 4,3 persen*) is the change, not the base.
 */
const COMPARED_WITH: Record<Lang, RegExp> = {
  id: new RegExp(String.raw`\b(?:dibanding(?:kan)?|ketimbang)(?:\s+dengan)?\s+${HEDGE.id}${SIGN}$|\b(?:dibanding(?:kan)?|ketimbang)\b${GAP}\bsebesar\s+${HEDGE.id}${SIGN}$`, 'i'),
  en: new RegExp(String.raw`\bcompared\s+(?:to|with)\b${GAP}(?:of\s+)?${HEDGE.en}${SIGN}$|\bagainst\s+${HEDGE.en}${SIGN}$`, 'i'),
};

/** Cheap tests run before the patterns that need these words: a comparison, a restatement. */
const COMPARED_CUE: Record<Lang, RegExp> = { id: /dibanding|ketimbang/i, en: /compared|against/i };
const RESTATED_CUE = /\b(?:atau|or)\b/i;

/** How far back the words that give a figure its part may start. */
const REACH = 120;

/**
 * The part a figure plays in a change, from its sentence: `before` is the text of the sentence before
 * the figure, `after` the text after it; `percent` says whether the figure is a percentage (growth
 * words then say no part). Undefined when the words state no part.
 */
export function changeRole(before: string, after: string, lang: Lang, percent: boolean): ChangeRole | undefined {
  const near = before.slice(-REACH);
  if (UP_TO.test(near)) return undefined;
  // most figures have no change word near them: only then are the patterns that start at one tried
  const said = CHANGE_SAID[lang].test(near);
  const sets = !said ? [] : percent ? [CHANGE_PATTERNS[lang]] : [CHANGE_PATTERNS[lang], GROWTH_PATTERNS[lang]];
  for (const p of sets) {
    // the marker nearest the number decides: `to` / `menjadi` after a change's size, `from` / `dari` after it
    if (p.level.test(near)) return levelOrFrom(near, p);
    if (p.from.test(near)) return 'from';
  }
  for (const p of sets) if (p.change.test(near)) return 'change';
  // a change noun right after the figure ("a Rp219.4 billion increase", "a 5 percent drop", "a 700,000-barrel draw"),
  // even in the base of a comparison ("compared with expectations for a 700,000-barrel draw"): the change compared
  if (lang === 'en' && (percent ? CHANGE_NOUN_AFTER : CHANGE_OR_GROWTH_NOUN_AFTER).test(after)) return 'change';
  // the base of a comparison (*dibandingkan dengan 74 persen*, "compared with 74 percent") is the level it started from
  if (COMPARED_CUE[lang].test(near) && COMPARED_WITH[lang].test(near)) return 'from';
  // a figure restating the one before it (`sebesar 2,2 persen atau Rp7,7 triliun`) plays that figure's part
  if (RESTATED_CUE.test(near) && RESTATED[lang].test(near)) {
    const m = RESTATED_NUMBER.exec(near);
    if (m) return changeRole(near.slice(0, m.index), '', lang, percent);
  }
  const next = FROM_AFTER[lang].exec(after);
  if (!next || (next[1] !== undefined) !== percent) return undefined;
  return said && CHANGE_SAID[lang].test(before.slice(-AFTER_REACH)) ? undefined : 'level';
}

/** When both a level and a starting point end the text, the one whose marker is last. */
function levelOrFrom(near: string, p: RolePatterns): ChangeRole {
  if (!p.from.test(near)) return 'level';
  const lastWord = /(\S+)\s+\S*$/.exec(near.replace(/(?:\s+(?:sekitar|hampir|about|around|some|nearly|almost|Rp\.?|US\$|\$))+\s*$/i, ' x'));
  return lastWord && /^(?:dari|from)$/i.test(lastWord[1]) ? 'from' : 'level';
}

/** Whether two parts disagree: each version states one, and they differ. */
export function rolesDisagree(a: ChangeRole | undefined, b: ChangeRole | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** Kinds of figure a change is measured in (not dates, times, durations or ranks). */
const CHANGING_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([...AMOUNT_KINDS, 'percent']);
/** A hedge of reaching a level (*mendekati Rp8.700*, "to near Rp8,700"): the figure is where the value went. */
const REACHING = /^(?:mendekati|menuju|hampir\s+mencapai|near(?:ing)?|approaching|close(?:r)?\s+to)\b/i;
/** Words of a rate that measures change itself: inflation, a year-on-year or annual rate. */
const RATE_OF_CHANGE = /\b(?:inflasi|inflation|deflasi|deflation|year[-\s]on[-\s]year|yoy|y-o-y|month[-\s]on[-\s]month|mtm|m-o-m|tahunan|annuali[sz]ed)\b/i;
/** A multiplier (*10 kali*, "ten-fold", "three times"): the size of a change said as a factor. */
const MULTIPLIER = /\b(?:kali|lipat|fold|times)\b|-fold\b/i;

/** The part `f` plays in a change, from its sentence; undefined when the words say none or the figure is no amount. */
export function figureRole(f: Figure, sentences: readonly Sentence[] | undefined, lang: Lang): ChangeRole | undefined {
  // a bound or a range after a change word names where the value went (*menguat di bawah level Rp9.100*,
  // *turun berkisar antara 7-8 persen*) as often as how far: only a plain or hedged number says which
  if (!CHANGING_KINDS.has(f.kind) || typeof f.value !== 'number' || (f.qualifier !== 'exact' && f.qualifier !== 'about') || MULTIPLIER.test(f.text) || REACHING.test(f.text)) return undefined;
  const s = figureInSentence(f, sentences);
  if (!s) return undefined;
  // a rate of change stated as a percent (inflation, a year-on-year rise) is both the change and the level
  // of the rate: *harga naik 6,26 persen (yoy)* and "year-on-year inflation rose to 6.26 percent" agree
  if (f.kind === 'percent' && RATE_OF_CHANGE.test(s.text)) return undefined;
  return changeRole(s.text.slice(0, s.at), s.text.slice(s.at + (f.end - f.start)), lang, f.kind === 'percent');
}

/**
 * The parts two paired figures play when they disagree (the increase rendered as the level reached),
 * for a pair that states the same number outright (`exact` or `converted`; a rounded match may pair two
 * neighbouring rates crosswise); undefined when they agree or either says none.
 */
export function differingRoles(
  a: Figure,
  b: Figure,
  status: MatchStatus,
  sides: BeadSides,
): [ChangeRole, ChangeRole] | undefined {
  if (status === 'rounded') return undefined;
  const ra = figureRole(a, sides.sentencesA, sides.langA);
  const rb = ra && figureRole(b, sides.sentencesB, sides.langB);
  return ra && rb && rolesDisagree(ra, rb) ? [ra, rb] : undefined;
}

/**
 * Words that make a percent a contribution to another figure (*andil*, *menyumbang*, *kontribusi*, "contributed",
 * "accounted for"): the share of a total's rate that one part brings, not that part's own rate.
 */
const CONTRIBUTION: Record<Lang, RegExp> = {
  id: /\b(?:andil(?:nya)?|sumbangan(?:nya)?|menyumbang(?:kan)?|disumbang(?:kan)?|kontribusi(?:nya)?|berkontribusi)\b/gi,
  en: /\b(?:contribut(?:ed|es|e|ing|ion|ions))\b/gi,
};

/** The total a contribution goes to, after *pada*, *terhadap* or "to": inflation, growth, GDP, the (overall) rate. */
const CONTRIBUTION_TARGET = /\b(?:to|towards?|pada|terhadap|bagi|kepada|dalam)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:inflasi|inflation|pertumbuhan|growth|PDB|GDP|laju|rate)\b/iu;

/** Other words of bringing a share to a total (*mengerek*, *pendorong*, "adding", "contributor"): a sentence with one says a contribution too. */
const CONTRIBUTION_LIKE = /\b(?:mengerek|mendongkrak|pendorong|penyumbang|kontributor|contributors?|adding|added|adds)\b/i;

/** Whether a sentence says a contribution anywhere. */
function saysContribution(text: string, lang: Lang): boolean {
  return text.search(CONTRIBUTION[lang]) >= 0 || CONTRIBUTION_LIKE.test(text) || CONTRIBUTION_TARGET.test(text);
}

/**
 * Whether percent `f` is a contribution: a contribution word stands before it in its sentence with no change or
 * growth word between (*andil 0,87 persen*, "contributed 0.87 percent to inflation; housing 0.71 percent").
 */
function isContribution(f: Figure, sentences: readonly Sentence[] | undefined, lang: Lang): boolean | undefined {
  const s = figureInSentence(f, sentences);
  if (!s) return undefined;
  const before = s.text.slice(0, s.at);
  let last = -1;
  for (const m of before.matchAll(CONTRIBUTION[lang])) last = m.index + m[0].length;
  if (last < 0) return false;
  // the contribution goes to a total the sentence names (*pada inflasi*, "to the inflation rate"); a change or
  // growth word after the contribution word starts another clause (`which contributed to growth, rose 5 percent`)
  return !CHANGE_SAID[lang].test(before.slice(last)) && CONTRIBUTION_TARGET.test(s.text.slice(last));
}

/**
 * A percent one version gives as a contribution to another figure (an index group's share of inflation, a part's
 * share of growth) and the other, which says no contribution anywhere in its sentence, as a rate of its own (the
 * group's index rise): the figure now measures another thing (guideline sections 16, 19, 26, 37). Undefined when
 * both read alike or the sentences are not known.
 */
export function differingContribution(a: Figure, b: Figure, sides: BeadSides): [ChangeRole, ChangeRole] | undefined {
  if (a.kind !== 'percent' || b.kind !== 'percent') return undefined;
  const ca = isContribution(a, sides.sentencesA, sides.langA);
  const cb = isContribution(b, sides.sentencesB, sides.langB);
  if (ca === undefined || cb === undefined || ca === cb) return undefined;
  const other = ca ? figureInSentence(b, sides.sentencesB) : figureInSentence(a, sides.sentencesA);
  if (!other || saysContribution(other.text, ca ? sides.langB : sides.langA)) return undefined;
  return ca ? ['contribution', 'own'] : ['own', 'contribution'];
}
