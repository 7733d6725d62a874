/// <reference lib="webworker" />
/**
 * The analysis worker: segmentation, figure extraction, alignment and comparison run here, off
 * the UI thread, reporting progress. Analysed versions are cached by their text, so an edit of
 * the alignment only re-runs the (cheap) comparison.
 */
import { analyse, ledgerOf, type AnalysedVersion } from '../../shared/pipeline';
import { parseLexicon, type Lexicon } from '../../shared/align';
import { analysePair } from '../../shared/workbench/analyse';
import { glossaryPairs } from '../../shared/termbase';
import type { AckRequest, RunInput, RunRequest, RunResult, VersionRequest, WorkerReply } from './protocol';
import { HeldTexts } from './text-refs';
import { LruCache } from './lru';
import type { LedgerGroup } from '../../shared/drift/types';
import lexiconText from '../../resources/lexicon/id-en.tsv?raw';

const cache = new LruCache<AnalysedVersion>(16);
const cacheKey = (v: VersionRequest) => `${v.lang ?? 'auto'}\u0000${v.langTag ?? ''}\u0000${v.lines ? 'lines' : ''}\u0000${v.text}`;
let lexicon: Lexicon | null = null;
/** The versions' texts, each received once (text-refs). */
const texts = new HeldTexts();

function post(reply: WorkerReply) {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
}

const CHUNK = 1500;
/**
 * Smaller slices for heavier items: each message should take the UI thread only a few
 * milliseconds to receive (a slice of 1,500 matches and 1,500 mismatches took ~30 ms of CPU, a
 * ledger of 900 figure groups ~60 ms, on the 10,000-sentence pair).
 */
const BEAD_CHUNK = 750;
const COMPARISON_CHUNK = 200;
/** Ledger groups go in slices of about this many entries (a group can hold hundreds). */
const LEDGER_ENTRIES = 400;

/** The ledger in consecutive slices of whole groups, each of about LEDGER_ENTRIES entries. */
function ledgerSlices(ledger: LedgerGroup[]): LedgerGroup[][] {
  const out: LedgerGroup[][] = [];
  let slice: LedgerGroup[] = [];
  let entries = 0;
  for (const g of ledger) {
    slice.push(g);
    entries += g.entries.length + 1;
    if (entries >= LEDGER_ENTRIES) {
      out.push(slice);
      slice = [];
      entries = 0;
    }
  }
  if (slice.length) out.push(slice);
  return out;
}

/**
 * A version's sentences in slices, so that no message takes long to receive. Figures stay here:
 * the UI shows them through the comparison (matches and mismatches carry theirs).
 */
function* versionSlices(id: number, index: number, v: AnalysedVersion): Generator<WorkerReply> {
  const parts = Math.max(1, Math.ceil(v.sentences.length / CHUNK));
  for (let p = 0; p < parts; p++) {
    const end = p === parts - 1 ? v.sentences.length : (p + 1) * CHUNK;
    yield { type: 'chunk', id, version: index, lang: v.lang, sentences: v.sentences.slice(p * CHUNK, end), figures: [] };
  }
}

/** Every slice of a result: the unknown versions' sentences, the comparisons, beads and claims, the ledger. */
function* resultSlices(req: RunInput & { id: number }, result: RunResult): Generator<WorkerReply> {
  for (const [i, v] of req.versions.entries()) if (!req.known?.[i]) yield* versionSlices(req.id, i, cache.get(cacheKey(v))!);
  for (const [p, pair] of result.pairs.entries()) {
    const { matches, mismatches } = pair.comparison;
    for (let i = 0; i < Math.max(matches.length, mismatches.length, 1); i += COMPARISON_CHUNK) {
      yield { type: 'comparison', id: req.id, pair: p, matches: matches.slice(i, i + COMPARISON_CHUNK), mismatches: mismatches.slice(i, i + COMPARISON_CHUNK) };
    }
  }
  for (const [p, pair] of result.pairs.entries()) {
    const claims = pair.claims ?? [];
    for (let i = 0; i < Math.max(pair.beads.length, claims.length, 1); i += BEAD_CHUNK) {
      yield { type: 'pair-part', id: req.id, pair: p, beads: pair.beads.slice(i, i + BEAD_CHUNK), claims: claims.slice(i, i + BEAD_CHUNK) };
    }
  }
  for (const groups of ledgerSlices(result.ledger)) yield { type: 'ledger', id: req.id, groups };
}

/**
 * Slices go one at a time: each waits for the UI's `ack` of the one before. Posted all at once,
 * a book's hundred-odd slices queued up on the UI thread and were received back to back, with no
 * frame drawn between them (stalls of 100-250 ms); acknowledged, they leave room for frames.
 */
let acked: (() => void) | null = null;
const ack = () => new Promise<void>((resolve) => (acked = resolve));
/** The newest request received: an older one still sending its slices stops. */
let latest = 0;
/** Requests run one after another (a request waits for the one before to finish sending). */
let queue: Promise<void> = Promise.resolve();

function run(req: RunInput & { id: number }): RunResult {
  const started = performance.now();
  const versions = req.versions.map((v, i) => {
    const analysed = cache.use(cacheKey(v), () => analyse(v.text, { lang: v.lang ?? 'auto', langTag: v.langTag, lines: v.lines }));
    post({ type: 'progress', id: req.id, fraction: (i + 1) / (req.versions.length + req.pairs.length), stage: 'analyse' });
    return analysed;
  });
  // (never one of this request's texts: its result is sent from the cache)
  cache.trim(new Set(req.versions.map(cacheKey)));

  const pairs = req.pairs.map((pair, p) => {
    const A = versions[pair.a];
    const B = versions[pair.b];
    if (A.lang !== B.lang && !lexicon) lexicon = parseLexicon(lexiconText);
    const base = (req.versions.length + p) / (req.versions.length + req.pairs.length);
    const span = 1 / (req.versions.length + req.pairs.length);
    // The user's termbase guides the alignment and pairs names, as the session's glossary does.
    const glossary = [...(req.glossary ?? []), ...(req.termbase ? glossaryPairs(req.termbase, A.lang, B.lang) : [])];
    // Aligns when asked (re-aligning keeps the user's confirmed and locked beads), then compares.
    const { beads, comparison, claims, modeSuggested } = analysePair(A, B, pair, {
      glossary,
      ...(lexicon ? { lexicon } : {}),
      onProgress: (f) => post({ type: 'progress', id: req.id, fraction: base + span * f, stage: 'align' }),
    });
    return { a: pair.a, b: pair.b, beads, comparison, claims, modeSuggested };
  });
  return {
    // Unknown versions travel in slices (see sendChunks); `done` carries none.
    versions: versions.map(() => null),
    pairs,
    // (each pair of figures a comparison paired stands in one group)
    ledger: ledgerOf(versions, pairs),
    ms: performance.now() - started,
  };
}

async function handle(request: RunRequest): Promise<void> {
  const { texts: refs, ...wire } = request;
  try {
    const received = texts.resolve(refs);
    if (wire.id !== latest) return;
    const req = { ...wire, versions: wire.versions.map((v, i) => ({ ...v, text: received[i] })) };
    const result = run(req);
    for (const slice of resultSlices(req, result)) {
      if (req.id !== latest) return;
      const next = ack();
      post(slice);
      await next;
    }
    // The beads, claims, ledger, matches and mismatches went in slices; the rest of each pair and
    // comparison (the beads judged not a translation, the mode suggested) goes here.
    const light: RunResult = {
      ...result,
      ledger: [],
      pairs: result.pairs.map((pair) => ({ ...pair, beads: [], ...(pair.claims ? { claims: [] } : {}), comparison: { ...pair.comparison, matches: [], mismatches: [] } })),
    };
    post({ type: 'done', id: req.id, result: light });
  } catch (err) {
    const e = err as Error & { messageKey?: string; params?: Record<string, string | number> };
    post({ type: 'error', id: wire.id, message: e.message, ...(e.messageKey ? { messageKey: e.messageKey, params: e.params ?? {} } : {}) });
  }
}

self.onmessage = (event: MessageEvent<RunRequest | AckRequest>) => {
  const msg = event.data;
  if (msg.type === 'ack') {
    const resolve = acked;
    acked = null;
    resolve?.();
    return;
  }
  latest = msg.id;
  // A newer request stops the older one's slices: release it if it waits for an ack.
  acked?.();
  acked = null;
  queue = queue.then(() => handle(msg));
};
