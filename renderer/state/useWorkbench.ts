/**
 * The workbench model (shared/workbench) in React: its state, a dispatch for intents, and the
 * analysis worker kept in step with it. Whenever the project's texts or beads are not what the
 * last analysis covers (or a re-alignment is waiting), the worker runs and its result goes back
 * into the model as an `analysed` intent.
 */
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api';
import { analysisAsked, analysisCovers, initialState, sameAnalysisAsked, step, type AnalysisAsked, type AnalysisResult, type WorkbenchState } from '../../shared/workbench';
import { AnalysisClient, Cancelled, WorkerError } from '../worker/client';

export function useWorkbench(setError: (error: ApiError) => void) {
  const [state, dispatch] = useReducer(step, undefined, initialState);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const clientRef = useRef<AnalysisClient | null>(null);
  if (!clientRef.current) clientRef.current = new AnalysisClient();
  const client = clientRef.current;
  const stateRef = useRef<WorkbenchState>(state);
  stateRef.current = state;
  /**
   * What the run whose replies count was asked (running, or just finished with its result waiting to
   * be applied); null when none, or the component is gone. Each run's request is a new object.
   */
  const runRef = useRef<AnalysisAsked | null>(null);
  const { versions, alignments } = state.history.present;
  const realign = state.realign;

  useEffect(() => {
    const s = stateRef.current;
    const project = s.history.present;
    if (project.versions.length === 0 || analysisCovers(s)) {
      // Nothing to run: a run still going (or its bar) is for a state that no longer needs it.
      if (runRef.current) {
        runRef.current = null;
        setProgress(null);
      }
      return;
    }
    const asked = analysisAsked(s);
    // The same request again (the state handed out equal objects anew: React re-applies an intent
    // on each render while the deferred result waits): the run going on answers it. Restarting
    // here set the bar anew, an urgent render, and again: the result never got applied.
    if (runRef.current && sameAnalysisAsked(runRef.current, asked)) return;
    const realigned = asked.pairs.flatMap((p, i) => (p.realign ? [i] : []));
    const previous = s.analysis;
    const known = project.versions.map((v, i) => !!previous && previous.texts[i] === v.text && !!previous.result.versions[i]);
    runRef.current = asked;
    const current = () => runRef.current === asked;
    setProgress({ fraction: 0, stage: 'analyse' });
    client
      .run({ ...asked, known }, (fraction, stage) => current() && setProgress({ fraction, stage }))
      .then((result) => {
        if (!current()) return;
        const full: AnalysisResult = { ...result, versions: result.versions.map((v, i) => v ?? previous!.result.versions[i]) };
        // A transition: React renders the result (a book's grid, marks and lists) in pieces that
        // yield to the page between components, not in one block of 100-200 ms. The run stays
        // current until the result is in the state, so that the renders meanwhile do not restart it.
        startTransition(() => {
          setProgress(null);
          dispatch({ type: 'analysed', analysis: { texts: asked.versions.map((v) => v.text), sides: asked.pairs.map((p) => [p.a, p.b]), result: full }, realigned });
        });
      })
      .catch((err: Error) => {
        if (!current()) return;
        runRef.current = null;
        setProgress(null);
        if (err instanceof Cancelled) dispatch({ type: 'cancelled' });
        else if (err instanceof WorkerError && err.messageKey) setError({ code: 'analysis', messageKey: err.messageKey, params: err.params ?? {}, message: err.message });
        else setError({ code: 'analysis', messageKey: 'errors.unknown', params: { message: err.message }, message: err.message });
      });
  }, [versions, alignments, realign, client, setError]);

  // Gone: no reply of a run counts any more.
  useEffect(() => () => void (runRef.current = null), []);

  const cancel = useCallback(() => client.cancel(), [client]);
  return { state, dispatch, progress, cancel };
}
