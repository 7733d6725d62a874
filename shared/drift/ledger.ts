import type { Figure, FigureKind } from '../figures/types';
import type { Lang } from '../text/types';
import type { LedgerEntry, LedgerGroup } from './types';
import { scaleOf } from './classify';
import { conceptOf } from './units';
import { formatValue, percentInPoints } from '../figures/format';
import { numericReadings, qualifierClass, rangeReadings, relateNumbers, sameNumber, withinMagnitude } from './values';
import { periodAsCompared } from '../figures/year-parts';

/** Options of {@link buildLedger}. */
export interface LedgerOptions {
  /** A unit normaliser to use instead of the figures core's `unitConcept`. */
  unitConcept?: (unit: string, lang: Lang) => string | undefined | null;
  /**
   * Values of one concept within this ratio of the cluster's smallest value are taken to be
   * the same quantity told differently (default 1.5: 10,000 / 12,000 / 14,000 stand together,
   * 2,600 apart).
   */
  clusterRatio?: number;
  /**
   * Figures of two versions the comparison paired (a match, or a mismatch of value, unit, scale or
   * qualifier): each pair stands in one group, whatever their values and words, so that a drifted
   * figure stands beside its counterpart (`35 persen` ↔ `53 percent`, `48 tenaga medis` ↔ `84 medical
   * workers`). Figures of one version are still grouped by what they count and their value; figures no
   * pair links join another version's group of the same thing only where they have the same value.
   */
  links?: ReadonlyArray<{ a: { version: number; figure: Figure }; b: { version: number; figure: Figure } }>;
}

interface Item {
  entry: LedgerEntry;
  /** Index of the version and order of appearance, for stable output. */
  order: [number, number, number];
  /** Readings as intervals: a number is `[v, v]`, a range `[low, high]`. */
  readings: Array<[number, number]>;
  magnitude: boolean;
  /** The value clustering uses. */
  anchor: number;
}

const GROUPED_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['count', 'money', 'percent', 'duration', 'range']);

/** What a figure counts for the ledger, with the kind class it is grouped under. */
function ledgerConcept(
  figure: Figure,
  lang: Lang,
  options: LedgerOptions,
): { what: string; cls: string } | undefined {
  if (!GROUPED_KINDS.has(figure.kind)) return undefined;
  if (figure.kind === 'money') return { what: figure.currency ?? 'money', cls: 'money' };
  const concept = conceptOf(figure, lang, options.unitConcept);
  if (figure.kind === 'percent') {
    // (a change in percentage points is no percent of anything: it stands apart from the plain percents)
    const what = percentInPoints(figure) ? 'percentage points' : 'percent';
    return { what: concept ? `${what} of ${concept.name}` : what, cls: 'percent' };
  }
  if (!concept) return undefined;
  return { what: concept.name, cls: 'count' };
}

function readingsOf(figure: Figure): Array<[number, number]> {
  if (figure.kind === 'range') return rangeReadings(figure);
  return numericReadings(figure).map((v): [number, number] => [v, v]);
}

/**
 * Groups the figures of two or more versions (same or different languages) by what they
 * count — the unit concept for counts and durations, the currency for money, the modified
 * noun for percents — and, within a concept, by value, so that differing values for the same
 * quantity stand side by side (`sekitar 10.000 tentara` and `12.000 tentara` in one version,
 * 11,000 in one version and 14,000 in another). Values of one concept within
 * `clusterRatio` of each other form one group; across versions, values that differ by an
 * exact power of a thousand with different scale words join the same group too
 * (`Rp 2,5 miliar` / `Rp 2.5 trillion`). Dates, times, ordinals and figures that count
 * nothing named are left out. A group is `consistent` when all its values agree up to
 * conversion and rounding (a magnitude word agrees with values in its span).
 */
export function buildLedger(
  versions: Array<{ lang: Lang; figures: Figure[] }>,
  options: LedgerOptions = {},
): LedgerGroup[] {
  const ratio = options.clusterRatio ?? 1.5;
  // (the figures as the comparison reads them: periodAsCompared)
  versions = versions.map((version) => ({ ...version, figures: version.figures.map(periodAsCompared) }));
  const byConcept = new Map<string, { what: string; items: Item[] }>();
  // (the concept each figure grouped stands under, by figureKey)
  const placed = new Map<string, { cls: string; what: string }>();
  const add = (v: number, figure: Figure, k: number, concept: { cls: string; what: string }): void => {
    const readings = readingsOf(figure);
    if (readings.length === 0) return;
    const [lo, hi] = readings[0];
    const key = `${concept.cls}|${concept.what}`;
    let bucket = byConcept.get(key);
    if (!bucket) {
      bucket = { what: concept.what, items: [] };
      byConcept.set(key, bucket);
    }
    bucket.items.push({
      entry: { version: v, sentence: figure.sentence, figure },
      order: [v, figure.sentence, figure.start ?? k],
      readings,
      magnitude: qualifierClass(figure.qualifier) === 'magnitude',
      anchor: (lo + hi) / 2,
    });
    placed.set(figureKey(v, figure), concept);
  };
  versions.forEach((version, v) => {
    version.figures.forEach((figure, k) => {
      const concept = ledgerConcept(figure, version.lang, options);
      if (concept) add(v, figure, k, concept);
    });
  });
  // A paired figure that names nothing it counts (*dari 10.000 menjadi 12.000 tentara*, `Seven in ten residents`)
  // stands with its counterpart, under what that counts: a drift of it is not left out of the ledger.
  // (neither naming it, the thing a later figure of the same kind in one of their sentences counts: `from 10,000 to
  // 12,000 troops`)
  const namedAfter = (v: number, f: Figure): { cls: string; what: string } | undefined => {
    const next = versions[v]?.figures.find((g) => g.sentence === f.sentence && g.start > f.start && g.kind === f.kind && placed.has(figureKey(v, g)));
    return next && placed.get(figureKey(v, next));
  };
  for (const { a, b } of options.links ?? []) {
    if (a.figure.kind !== b.figure.kind || !GROUPED_KINDS.has(a.figure.kind)) continue;
    const concept = placed.get(figureKey(a.version, a.figure)) ?? placed.get(figureKey(b.version, b.figure)) ?? namedAfter(a.version, a.figure) ?? namedAfter(b.version, b.figure);
    if (!concept) continue;
    for (const one of [a, b]) if (!placed.has(figureKey(one.version, one.figure))) add(one.version, one.figure, one.figure.start, concept);
  }

  const clusters: Item[][] = options.links ? linkedClusters([...byConcept.values()], options.links, ratio) : [];
  if (!options.links) {
    for (const { items } of byConcept.values()) {
      for (const c of clusterItems(items, ratio)) clusters.push(...apartInOneSentence(c));
    }
  }
  const ordered = clusters
    .map((items) => items.sort((x, y) => compareOrder(x.order, y.order)))
    .sort((x, y) => compareOrder(x[0].order, y[0].order));
  return ordered.map((items, i) => {
    const first = items[0].entry.figure;
    // (what the group's first figure counts; one that names nothing stands under its counterpart's)
    const concept = placed.get(figureKey(items[0].entry.version, first));
    return {
      id: `g${i + 1}`,
      what: concept?.what ?? '',
      kind: first.kind === 'range' || first.kind === 'duration' ? 'count' : first.kind,
      consistent: isConsistent(items),
      entries: items.map((it) => it.entry),
    };
  });
}

/**
 * The groups when the comparison's pairs are known: each version's figures grouped by what they count and their value
 * (`clusterItems`), the groups of two figures a pair links made one, and a group no pair links joined to another
 * version's unlinked group of the same thing where two of their values are the same.
 */
function linkedClusters(concepts: ReadonlyArray<{ items: Item[] }>, links: NonNullable<LedgerOptions['links']>, ratio: number): Item[][] {
  const own: Item[][] = [];
  const conceptOf: number[] = [];
  concepts.forEach(({ items }, c) => {
    // (two percents of one version are one quantity only when they agree: a rate of growth and a share are not told apart
    // by their values)
    const near = items[0]?.entry.figure.kind === 'percent' ? 1 : ratio;
    const byVersion = new Map<number, Item[]>();
    for (const it of items) {
      const list = byVersion.get(it.entry.version);
      if (list) list.push(it);
      else byVersion.set(it.entry.version, [it]);
    }
    for (const list of byVersion.values()) {
      for (const cluster of clusterItems(list, near)) {
        for (const part of apartInOneSentence(cluster)) {
          own.push(part);
          conceptOf.push(c);
        }
      }
    }
  });
  const home = new Map<string, number>();
  own.forEach((cluster, k) => cluster.forEach((it) => home.set(figureKey(it.entry.version, it.entry.figure), k)));
  const parent = own.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const linked = new Set<number>();
  for (const { a, b } of links) {
    const x = home.get(figureKey(a.version, a.figure));
    const y = home.get(figureKey(b.version, b.figure));
    if (x === undefined || y === undefined) continue;
    linked.add(x).add(y);
    parent[find(x)] = find(y);
  }
  // (figures no pair links: another version's group of the same thing, where two of their values are the same)
  const looseByConcept = new Map<number, number[]>();
  own.forEach((_, k) => {
    if (linked.has(k)) return;
    const list = looseByConcept.get(conceptOf[k]);
    if (list) list.push(k);
    else looseByConcept.set(conceptOf[k], [k]);
  });
  for (const loose of looseByConcept.values()) {
    for (let i = 0; i < loose.length; i++) {
      for (let j = i + 1; j < loose.length; j++) {
        const [x, y] = [own[loose[i]], own[loose[j]]];
        if (x[0].entry.version === y[0].entry.version) continue;
        // (the same value, not one rounded from the other: rounding chains 4.9 to 5 to 5.1 and on)
        if (x.some((p) => y.some((q) => !p.magnitude && !q.magnitude && sameNumber(p.anchor, q.anchor) && compatible(p, q)))) parent[find(loose[i])] = find(loose[j]);
      }
    }
  }
  const groups = new Map<number, Item[]>();
  own.forEach((cluster, k) => {
    const root = find(k);
    const list = groups.get(root);
    if (list) list.push(...cluster);
    else groups.set(root, [...cluster]);
  });
  return [...groups.values()];
}

/** A figure of a version as a key: a comparison's figure and the version's own are told to be one by it. */
function figureKey(version: number, f: Figure): string {
  return `${version}|${f.sentence}|${f.start}|${f.text}`;
}

function compareOrder(x: [number, number, number], y: [number, number, number]): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Partitions the items of one concept into quantities. */
function clusterItems(items: Item[], ratio: number): Item[][] {
  const precise = items.filter((it) => !it.magnitude).sort((x, y) => x.anchor - y.anchor);
  const clusters: Item[][] = [];
  let current: Item[] = [];
  let floor = 0;
  for (const it of precise) {
    const v = Math.abs(it.anchor);
    const fits = current.length > 0 && (floor === 0 ? v === 0 : v <= floor * ratio || sameNumber(v, floor * ratio));
    if (!fits) {
      if (current.length) clusters.push(current);
      current = [it];
      floor = v;
    } else current.push(it);
  }
  if (current.length) clusters.push(current);

  // Across versions, a power-of-a-thousand slip with a changed scale word joins the clusters.
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      if (scaleLinked(clusters[i], clusters[j])) {
        clusters[i].push(...clusters[j]);
        clusters.splice(j, 1);
        j = i;
      }
    }
  }

  // Magnitude words join the cluster whose values all lie in their span, else each other.
  const magnitudeClusters = new Map<number, Item[]>();
  for (const it of items.filter((x) => x.magnitude)) {
    const home = clusters.find((c) => c.every((o) => o.readings.some(([lo, hi]) => withinMagnitude(it.anchor, lo) && withinMagnitude(it.anchor, hi))));
    if (home) home.push(it);
    else {
      const key = it.anchor;
      const existing = magnitudeClusters.get(key);
      if (existing) existing.push(it);
      else magnitudeClusters.set(key, [it]);
    }
  }
  return [...clusters, ...magnitudeClusters.values()];
}

/**
 * A cluster split where one sentence of one version gives two values that disagree (*7 dari 10 warga*, `from 10,000
 * to 12,000 troops`): they are two quantities, not one told two ways. Each such value starts a group; every other item
 * joins the one it agrees with, else the one nearest in value.
 */
function apartInOneSentence(cluster: Item[]): Item[][] {
  const bySentence = new Map<string, Item[]>();
  for (const it of cluster) {
    const key = `${it.entry.version}|${it.entry.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(it);
    else bySentence.set(key, [it]);
  }
  const mates = [...bySentence.values()].find((list) => !isConsistent(list));
  if (!mates) return [cluster];
  const groups: Item[][] = [];
  for (const it of mates) {
    const home = groups.find((g) => compatible(g[0], it));
    if (home) home.push(it);
    else groups.push([it]);
  }
  // (values that each agree with a third, 10 and 12 with `sekitar 11`, stay one group)
  if (groups.length < 2) return [cluster];
  const distance = (x: Item, y: Item) => Math.abs(Math.log((Math.abs(x.anchor) + 1) / (Math.abs(y.anchor) + 1)));
  for (const it of cluster) {
    if (mates.includes(it)) continue;
    const home = groups.find((g) => compatible(g[0], it)) ?? groups.reduce((best, g) => (distance(g[0], it) < distance(best[0], it) ? g : best));
    home.push(it);
  }
  return groups.flatMap(apartInOneSentence);
}

function scaleLinked(x: Item[], y: Item[]): boolean {
  for (const a of x) {
    for (const b of y) {
      if (a.entry.version === b.entry.version) continue;
      if (scaleOf(a.entry.figure) === scaleOf(b.entry.figure)) continue;
      if (relateNumbers(a.anchor, b.anchor, a.entry.figure, b.entry.figure) === 'scale') return true;
    }
  }
  return false;
}

function compatible(a: Item, b: Item): boolean {
  // (a change in percentage points told as a plain percent is no rendering of it)
  const fa = a.entry.figure;
  const fb = b.entry.figure;
  if (fa.kind === 'percent' && fb.kind === 'percent' && percentInPoints(fa) !== percentInPoints(fb)) return false;
  if (a.magnitude && b.magnitude) return sameNumber(a.anchor, b.anchor);
  if (a.magnitude || b.magnitude) {
    const [mag, other] = a.magnitude ? [a, b] : [b, a];
    return other.readings.some(([lo, hi]) => withinMagnitude(mag.anchor, lo) && withinMagnitude(mag.anchor, hi));
  }
  for (const [la, ha] of a.readings) {
    for (const [lb, hb] of b.readings) {
      const agrees = (x: number, y: number, fx: Figure, fy: Figure) => {
        const r = relateNumbers(x, y, fx, fy);
        return r === 'equal' || r === 'rounded';
      };
      if (agrees(la, lb, a.entry.figure, b.entry.figure) && agrees(ha, hb, a.entry.figure, b.entry.figure)) return true;
      // A single value inside a range agrees with it.
      if (la === ha && lb !== hb && la >= lb && la <= hb) return true;
      if (lb === hb && la !== ha && lb >= la && lb <= ha) return true;
    }
  }
  return false;
}

function isConsistent(items: Item[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (!compatible(items[i], items[j])) return false;
    }
  }
  return true;
}

/**
 * What a ledger note is attached to: the counted thing plus the group's first value, so that
 * two groups of one concept (troops ≈ 11,000 and troops ≈ 2,600) keep separate notes.
 */
export function ledgerTarget(group: LedgerGroup): string {
  const first = group.entries[0]?.figure;
  return first ? `${group.what} · ${formatValue(first)}` : group.what;
}
