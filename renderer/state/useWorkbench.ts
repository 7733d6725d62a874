/**
 * The workbench model (shared/workbench) in React: its state, a dispatch for intents, and the
 * analysis worker kept in step with it. Whenever the project's texts or beads are not what the
 * last analysis covers (or a re-alignment is waiting), the worker runs and its result goes back
 * into the model as an `analysed` intent.
 */
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api';
import { analysisCovers, initialState, pairRequests, step, type AnalysisResult, type WorkbenchState } from '../../shared/workbench';
import { AnalysisClient, Cancelled, WorkerError } from '../worker/client';

export function useWorkbench(setError: (error: ApiError) => void) {
  const [state, dispatch] = useReducer(step, undefined, initialState);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const clientRef = useRef<AnalysisClient | null>(null);
  if (!clientRef.current) clientRef.current = new AnalysisClient();
  const client = clientRef.current;
  const stateRef = useRef<WorkbenchState>(state);
  stateRef.current = state;
  const { versions, alignments } = state.history.present;
  const realign = state.realign;

  useEffect(() => {
    const s = stateRef.current;
    const project = s.history.present;
    if (project.versions.length === 0 || analysisCovers(s)) return;
    const pairs = pairRequests(s);
    const realigned = pairs.flatMap((p, i) => (p.realign ? [i] : []));
    const previous = s.analysis;
    const known = project.versions.map((v, i) => !!previous && previous.texts[i] === v.text && !!previous.result.versions[i]);
    let alive = true;
    setProgress({ fraction: 0, stage: 'analyse' });
    client
      .run(
        { versions: project.versions.map((v) => ({ text: v.text, lang: v.lang, lines: v.segmentation === 'lines' })), pairs, known, termbase: project.termbase },
        (fraction, stage) => alive && setProgress({ fraction, stage }),
      )
      .then((result) => {
        if (!alive) return;
        const full: AnalysisResult = { ...result, versions: result.versions.map((v, i) => v ?? previous!.result.versions[i]) };
        // A transition: React renders the result (a book's grid, marks and lists) in pieces that
        // yield to the page between components, not in one block of 100-200 ms.
        startTransition(() => {
          setProgress(null);
          dispatch({ type: 'analysed', analysis: { texts: project.versions.map((v) => v.text), result: full }, realigned });
        });
      })
      .catch((err: Error) => {
        if (!alive) return;
        setProgress(null);
        if (err instanceof Cancelled) dispatch({ type: 'cancelled' });
        else if (err instanceof WorkerError && err.messageKey) setError({ code: 'analysis', messageKey: err.messageKey, params: err.params ?? {}, message: err.message });
        else setError({ code: 'analysis', messageKey: 'errors.unknown', params: { message: err.message }, message: err.message });
      });
    return () => {
      alive = false;
    };
  }, [versions, alignments, realign, client, setError]);

  const cancel = useCallback(() => client.cancel(), [client]);
  return { state, dispatch, progress, cancel };
}
