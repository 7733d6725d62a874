/**
 * Keeps the analysis of the open project (sentences, comparisons, ledger) up to date in the
 * worker: re-runs when texts or alignments change (never for annotations), aligns pairs that
 * have no beads yet, and applies re-alignments the user asked for as one undoable edit.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { ApiError } from '../../shared/api';
import type { Project } from '../../shared/project/types';
import { AnalysisClient, Cancelled, WorkerError } from '../worker/client';
import type { AnalysedVersionData, RunResult } from '../worker/protocol';
import type { DocumentAction } from './document';

interface Analysis {
  result: RunResult & { versions: AnalysedVersionData[] };
  /** The texts it was computed from: only used while they still match the project. */
  texts: string[];
}

export type Current = Analysis['result'];

export function useAnalysis(
  project: Project,
  dispatch: Dispatch<DocumentAction>,
  setNotice: (key: string) => void,
  setError: (error: ApiError) => void,
) {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const analysisRef = useRef<Analysis | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const [realignTick, setRealignTick] = useState(0);
  const realignPairs = useRef(new Set<number>());
  const clientRef = useRef<AnalysisClient | null>(null);
  if (!clientRef.current) clientRef.current = new AnalysisClient();
  const client = clientRef.current;
  /** The project a finished run already covers (its beads came from that run): no second run. */
  const covered = useRef<Project | null>(null);
  const projectRef = useRef(project);
  projectRef.current = project;
  const { versions: projectVersions, alignments: projectAlignments } = project;

  useEffect(() => {
    const project = projectRef.current;
    if (project.versions.length === 0) {
      analysisRef.current = null;
      setAnalysis(null);
      return;
    }
    if (covered.current && covered.current.versions === project.versions && covered.current.alignments === project.alignments && realignPairs.current.size === 0) return;
    const realign = realignPairs.current;
    realignPairs.current = new Set();
    let finished = false;
    const pairs = project.alignments.map((al, i) => ({
      a: al.a,
      b: al.b,
      mode: al.mode,
      beads: al.beads.length > 0 ? al.beads : undefined,
      realign: realign.has(i),
    }));
    let alive = true;
    setProgress({ fraction: 0, stage: 'analyse' });
    // Versions whose analysis we already hold (same text): the worker does not send them again.
    const previous = analysisRef.current;
    const known = project.versions.map((v, i) => !!previous && previous.texts[i] === v.text && !!previous.result.versions[i]);
    client
      .run(
        { versions: project.versions.map((v) => ({ text: v.text, lang: v.lang, lines: v.segmentation === 'lines' })), pairs, known, termbase: project.termbase },
        (fraction, stage) => alive && setProgress({ fraction, stage }),
      )
      .then((result) => {
        finished = true;
        if (!alive) return;
        setProgress(null);
        const versions = result.versions.map((v, i) => v ?? previous!.result.versions[i]);
        const next = { result: { ...result, versions }, texts: project.versions.map((v) => v.text) };
        analysisRef.current = next;
        setAnalysis(next);
        const changed = pairs.map((p, i) => (p.beads === undefined || p.realign) && result.pairs[i].beads.length > 0);
        // Apply the new beads to the project as it is now (annotations may have changed meanwhile).
        const latest = projectRef.current;
        if (changed.some(Boolean) && latest.versions === project.versions) {
          const aligned: Project = {
            ...latest,
            alignments: latest.alignments.map((al, i) => (changed[i] ? { ...al, beads: result.pairs[i].beads } : al)),
          };
          covered.current = aligned;
          dispatch(realign.size > 0 ? { type: 'edit', project: aligned } : { type: 'replace', project: aligned });
          if (realign.size > 0) setNotice('status.realigned');
        } else covered.current = project;
      })
      .catch((err: Error) => {
        finished = true;
        if (!alive) return;
        setProgress(null);
        if (err instanceof Cancelled) setNotice('status.cancelled');
        else if (err instanceof WorkerError && err.messageKey) setError({ code: 'analysis', messageKey: err.messageKey, params: err.params ?? {}, message: err.message });
        else setError({ code: 'analysis', messageKey: 'errors.unknown', params: { message: err.message }, message: err.message });
      });
    return () => {
      alive = false;
      // A run abandoned for a newer one still owes its re-alignment.
      if (!finished) for (const p of realign) realignPairs.current.add(p);
    };
  }, [projectVersions, projectAlignments, realignTick, client, setNotice, setError, dispatch]);

  const current =
    analysis && analysis.texts.length === project.versions.length && analysis.texts.every((x, i) => x === project.versions[i].text) ? analysis.result : null;

  /** Re-aligns a pair, keeping its locked beads. */
  const realignPair = useCallback((pair: number) => {
    realignPairs.current.add(pair);
    setRealignTick((n) => n + 1);
  }, []);

  const cancel = useCallback(() => client.cancel(), [client]);

  return { current, progress, realignPair, cancel };
}
