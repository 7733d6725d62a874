/**
 * Runs analysis requests in the worker, one at a time: a new request supersedes a pending one,
 * and `cancel()` terminates the worker (a fresh one starts with the next request).
 */
import AnalysisWorker from './analysis.worker?worker';
import type { Comparison, LedgerGroup } from '../../shared/drift/types';
import type { Bead } from '../../shared/align/types';
import type { ClaimRow } from '../../shared/entities/claims';
import type { AckRequest, AnalysedVersionData, RunInput, RunRequest, RunResult, WorkerReply } from './protocol';
import { SentTexts } from './text-refs';

/** A failure in the worker, with the i18n key of its message when the core gave one. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly messageKey?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Milliseconds of receiving slices before the page is let draw a frame. */
const SLICE_BUDGET_MS = 8;

type Pending = {
  id: number;
  resolve(r: RunResult): void;
  reject(e: Error): void;
  onProgress?(f: number, stage: string): void;
  /** Versions and comparisons assembled from chunks. */
  parts: Map<number, AnalysedVersionData>;
  comparisons: Map<number, Comparison>;
  /** Each pair's beads and claims, and the ledger, assembled from their slices. */
  beads: Map<number, Bead[]>;
  claims: Map<number, ClaimRow[]>;
  ledger: LedgerGroup[];
};

export class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: Pending | null = null;
  /** The texts the worker holds (each goes once; a new worker holds none). */
  private texts = new SentTexts();
  /** When the slices received since the last frame began arriving (0: none since). */
  private slicesSince = 0;

  /**
   * Asks the worker for the next slice: at once while the slices since the last frame have taken
   * less than SLICE_BUDGET_MS, otherwise after the next frame (so that the page draws between).
   */
  private ack(worker: Worker): void {
    const now = performance.now();
    if (!this.slicesSince) {
      // A new frame's budget: it ends when the frame is drawn.
      this.slicesSince = now;
      requestAnimationFrame(() => (this.slicesSince = 0));
    }
    if (now - this.slicesSince < SLICE_BUDGET_MS) {
      worker.postMessage({ type: 'ack' } satisfies AckRequest);
      return;
    }
    let sent = false;
    const next = () => {
      if (sent) return;
      sent = true;
      this.slicesSince = 0;
      worker.postMessage({ type: 'ack' } satisfies AckRequest);
    };
    requestAnimationFrame(next);
    // A hidden page draws no frames: the result still comes in.
    setTimeout(next, 100);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new AnalysisWorker();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const msg = event.data;
      // The worker waits for each slice to be acknowledged, even one of a superseded request.
      if (msg.type === 'chunk' || msg.type === 'comparison' || msg.type === 'pair-part' || msg.type === 'ledger') this.ack(worker);
      const p = this.pending;
      if (!p || msg.id !== p.id) return;
      if (msg.type === 'progress') p.onProgress?.(msg.fraction, msg.stage);
      else if (msg.type === 'chunk') {
        const v = p.parts.get(msg.version) ?? { lang: msg.lang, sentences: [], figures: [] };
        for (const s of msg.sentences) v.sentences.push(s);
        for (const f of msg.figures) v.figures.push(f);
        p.parts.set(msg.version, v);
      } else if (msg.type === 'comparison') {
        const c = p.comparisons.get(msg.pair) ?? { matches: [], mismatches: [] };
        for (const m of msg.matches) c.matches.push(m);
        for (const m of msg.mismatches) c.mismatches.push(m);
        p.comparisons.set(msg.pair, c);
      } else if (msg.type === 'pair-part') {
        const beads = p.beads.get(msg.pair) ?? [];
        const claims = p.claims.get(msg.pair) ?? [];
        for (const b of msg.beads) beads.push(b);
        for (const c of msg.claims) claims.push(c);
        p.beads.set(msg.pair, beads);
        p.claims.set(msg.pair, claims);
      } else if (msg.type === 'ledger') {
        for (const g of msg.groups) p.ledger.push(g);
      } else {
        this.pending = null;
        if (msg.type === 'done')
          p.resolve({
            ...msg.result,
            versions: msg.result.versions.map((v, i) => v ?? p.parts.get(i) ?? null),
            ledger: p.ledger,
            pairs: msg.result.pairs.map((pair, i) => ({
              ...pair,
              beads: p.beads.get(i) ?? pair.beads,
              ...(pair.claims ? { claims: p.claims.get(i) ?? pair.claims } : {}),
              comparison: { ...pair.comparison, ...p.comparisons.get(i) },
            })),
          });
        else p.reject(new WorkerError(msg.message, msg.messageKey, msg.params));
      }
    };
    worker.onerror = (event) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(new Error(event.message || 'worker failed'));
      this.worker?.terminate();
      this.worker = null;
      this.texts.reset();
    };
    this.worker = worker;
    return worker;
  }

  /**
   * Runs a request. A pending one is superseded: its promise rejects with `Cancelled` and its
   * replies are ignored, but the worker (and its cache) carries on and takes the new request next.
   */
  run(req: RunInput, onProgress?: (fraction: number, stage: string) => void): Promise<RunResult> {
    if (this.pending) {
      const old = this.pending;
      this.pending = null;
      old.reject(new Cancelled());
    }
    const id = this.nextId++;
    return new Promise<RunResult>((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress, parts: new Map(), comparisons: new Map(), beads: new Map(), claims: new Map(), ledger: [] };
      const worker = this.ensure();
      const versions = req.versions.map(({ text: _text, ...rest }) => rest);
      worker.postMessage({ ...req, versions, texts: this.texts.send(req.versions.map((v) => v.text)), type: 'run', id } satisfies RunRequest);
    });
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  cancel(): void {
    const p = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    this.texts.reset();
    p?.reject(new Cancelled());
  }
}
