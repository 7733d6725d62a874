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
import type { RunRequest, RunResult, WorkerReply } from './protocol';
import lexiconText from '../../resources/lexicon/id-en.tsv?raw';

const cache = new Map<string, AnalysedVersion>();
const cacheKey = (v: RunRequest['versions'][number]) => `${v.lang ?? 'auto'}\u0000${v.lines ? 'lines' : ''}\u0000${v.text}`;
let lexicon: Lexicon | null = null;

function post(reply: WorkerReply) {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
}

const CHUNK = 1500;

/**
 * Sends a version's sentences in slices, so that no message takes long to receive. Figures stay
 * here: the UI shows them through the comparison (matches and mismatches carry theirs).
 */
function sendChunks(id: number, index: number, v: AnalysedVersion) {
  const parts = Math.max(1, Math.ceil(v.sentences.length / CHUNK));
  for (let p = 0; p < parts; p++) {
    const end = p === parts - 1 ? v.sentences.length : (p + 1) * CHUNK;
    post({ type: 'chunk', id, version: index, lang: v.lang, sentences: v.sentences.slice(p * CHUNK, end), figures: [] });
  }
}

function run(req: RunRequest): RunResult {
  const started = performance.now();
  const versions = req.versions.map((v, i) => {
    const key = cacheKey(v);
    let analysed = cache.get(key);
    if (!analysed) {
      analysed = analyse(v.text, { lang: v.lang ?? 'auto', lines: v.lines });
      cache.set(key, analysed);
    }
    post({ type: 'progress', id: req.id, fraction: (i + 1) / (req.versions.length + req.pairs.length), stage: 'analyse' });
    return analysed;
  });
  if (cache.size > 16) cache.delete(cache.keys().next().value as string);

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
    ledger: ledgerOf(versions),
    ms: performance.now() - started,
  };
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const req = event.data;
  try {
    const result = run(req);
    req.versions.forEach((v, i) => {
      if (!req.known?.[i]) {
        sendChunks(req.id, i, cache.get(cacheKey(v))!);
      }
    });
    result.pairs.forEach((pair, p) => {
      const { matches, mismatches } = pair.comparison;
      for (let i = 0; i < Math.max(matches.length, mismatches.length, 1); i += CHUNK) {
        post({ type: 'comparison', id: req.id, pair: p, matches: matches.slice(i, i + CHUNK), mismatches: mismatches.slice(i, i + CHUNK) });
      }
    });
    // the matches and mismatches went in chunks; the rest of each comparison (the beads judged not a translation) goes here
    const light = { ...result, pairs: result.pairs.map((pair) => ({ ...pair, comparison: { ...pair.comparison, matches: [], mismatches: [] } })) };
    post({ type: 'done', id: req.id, result: light });
  } catch (err) {
    const e = err as Error & { messageKey?: string; params?: Record<string, string | number> };
    post({ type: 'error', id: req.id, message: e.message, ...(e.messageKey ? { messageKey: e.messageKey, params: e.params ?? {} } : {}) });
  }
};
