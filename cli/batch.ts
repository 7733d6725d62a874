/**
 * `selaras batch`: many comparisons on every core. Reads JSON Lines (a file, or stdin), one job
 * per line, runs them on a pool of worker threads and writes one JSON line per job as it
 * finishes. At most a few jobs per worker are read ahead (bounded memory on any input size);
 * a bad job gets an error line and the batch goes on.
 */
import { createReadStream, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseArgs, UsageError } from './args';
import { CliError } from './io';
import type { JobMessage, ResultMessage } from './batch-worker';


/** The worker script: the bundle's dist/cli/batch-worker.mjs, or cli/batch-worker.ts under tsx. */
function workerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'batch-worker.mjs'), path.join(here, '..', 'batch-worker.mjs'), path.join(here, 'batch-worker.ts')];
  const found = candidates.find((f) => existsSync(f));
  if (!found) throw new CliError('the batch worker is missing (rebuild with `npm run build`)');
  return found;
}

/** A worker thread on `file`; TypeScript sources (tests run the CLI through tsx) load tsx first. */
function startWorker(file: string): Worker {
  if (!file.endsWith('.ts')) return new Worker(file);
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
  return new Worker(code, { eval: true });
}

interface Slot {
  worker: Worker;
  busy: { seq: number; id: unknown; line: number } | null;
}

export async function runBatch(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, { jobs: { value: true } });
  if (positional.length > 1) throw new UsageError('expected at most one input file (usage: selaras batch [FILE.jsonl | -])');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // One worker per core but one: the main thread (reading jobs, writing results) and each worker's
  // V8 helper threads (garbage collection, compilation) take the rest. Measured on 2 cores, one worker
  // already kept 1.6 cores busy, and two finished the same jobs 10-15 % later.
  let size = Math.max(1, cores - 1);
  if (typeof options.jobs === 'string') {
    size = Number(options.jobs);
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new UsageError('--jobs must be a whole number from 1 to 256');
  }
  const file = positional[0] && positional[0] !== '-' ? positional[0] : null;
  const input = file ? createReadStream(file) : process.stdin;
  const opened = new Promise<void>((resolve, reject) => {
    if (!file) return resolve();
    input.once('open', () => resolve());
    input.once('error', (err: NodeJS.ErrnoException) => reject(new CliError(`${file}: ${err.code === 'ENOENT' ? 'no such file' : `cannot read (${err.code ?? err.message})`}`)));
  });
  await opened;

  const script = workerFile();
  const slots: Slot[] = [];
  const idle: Slot[] = [];
  let waiting: (() => void) | null = null;
  let done = 0;
  let failed = 0;
  let withMismatches = 0;
  let fatal: Error | null = null;
  const t0 = performance.now();
  let lastProgress = 0;
  const tty = process.stderr.isTTY;

  const progress = (final: boolean): void => {
    const now = performance.now();
    if (!final && now - lastProgress < (tty ? 200 : 2000)) return;
    lastProgress = now;
    const secs = (now - t0) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const running = slots.filter((s) => s.busy).length;
    const text = `batch: ${done} done, ${failed} failed, ${running} running, ${rate.toFixed(1)} jobs/s on ${size} worker${size === 1 ? '' : 's'}`;
    process.stderr.write(tty && !final ? `\r${text}` : `${tty ? '\r' : ''}${text}\n`);
  };
  const emit = (value: Record<string, unknown>): void => {
    process.stdout.write(`${JSON.stringify(value)}\n`);
  };
  const release = (slot: Slot): void => {
    slot.busy = null;
    idle.push(slot);
    const w = waiting;
    waiting = null;
    w?.();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(script), busy: null };
    slot.worker.on('message', (msg: ResultMessage) => {
      const job = slot.busy;
      if (!job || job.seq !== msg.seq) return;
      done++;
      if ('error' in msg) {
        failed++;
        emit({ id: job.id, error: msg.error });
      } else {
        if (msg.mismatches > 0) withMismatches++;
        emit({ id: job.id, ...msg.json });
      }
      progress(false);
      release(slot);
    });
    slot.worker.on('error', (err) => {
      // A worker that dies (out of memory, a crash) fails its job; a fresh worker takes its place.
      const job = slot.busy;
      if (job) {
        done++;
        failed++;
        emit({ id: job.id, error: `internal error: ${err.message}` });
      }
      const k = slots.indexOf(slot);
      if (k >= 0) slots.splice(k, 1);
      try {
        const fresh = spawn();
        slots.push(fresh);
        idle.push(fresh);
      } catch (e) {
        fatal = e as Error;
      }
      const w = waiting;
      waiting = null;
      w?.();
    });
    return slot;
  };
  for (let k = 0; k < size; k++) {
    const s = spawn();
    slots.push(s);
    idle.push(s);
  }
  const nextIdle = async (): Promise<Slot> => {
    while (idle.length === 0) {
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => (waiting = resolve));
    }
    return idle.shift() as Slot;
  };

  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let seq = 0;
  try {
    for await (const raw of rl) {
      lineNo++;
      const line = raw.trim();
      if (line === '') continue;
      let job: unknown;
      try {
        job = JSON.parse(line);
      } catch {
        done++;
        failed++;
        emit({ id: null, line: lineNo, error: `line ${lineNo}: not valid JSON` });
        continue;
      }
      const id = job !== null && typeof job === 'object' && !Array.isArray(job) ? ((job as { id?: unknown }).id ?? null) : null;
      if (id === null || typeof job !== 'object' || Array.isArray(job)) {
        done++;
        failed++;
        emit({ id, line: lineNo, error: id === null ? `line ${lineNo}: a job needs an "id"` : `line ${lineNo}: a job must be a JSON object` });
        continue;
      }
      // Back-pressure: the next line is read only when a worker is free.
      const slot = await nextIdle();
      slot.busy = { seq: ++seq, id, line: lineNo };
      slot.worker.postMessage({ seq, job: job as JobMessage['job'] } satisfies JobMessage);
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${file ?? 'stdin'}: cannot read (${code ?? (err as Error).message})`);
  } finally {
    while (slots.some((s) => s.busy)) {
      await new Promise<void>((resolve) => (waiting = resolve));
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
  progress(true);
  return failed > 0 ? 2 : withMismatches > 0 ? 1 : 0;
}
