/**
 * A worker thread of `selaras batch`: runs the jobs the pool sends it, one at a time, and posts
 * each result back ({seq, json, mismatches} or {seq, error}). Bundled to dist/cli/batch-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { CliError } from './io';
import { JobError, runCheckJob, type CheckJob } from './check-job';

export interface JobMessage {
  seq: number;
  job: CheckJob;
}

export type ResultMessage = { seq: number; json: Record<string, unknown>; mismatches: number } | { seq: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', async ({ seq, job }: JobMessage) => {
    let reply: ResultMessage;
    try {
      reply = { seq, ...(await runCheckJob(job)) };
    } catch (err) {
      const known = err instanceof JobError || err instanceof CliError;
      reply = { seq, error: known ? (err as Error).message : `internal error: ${(err as Error).message}` };
    }
    port.postMessage(reply);
  });
}
