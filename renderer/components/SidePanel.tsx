import { useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mismatch } from '../../shared/drift/types';
import { notesOnly, type AnnotationPatch } from '../../shared/project/annotations';
import type { AnnotationTarget } from '../../shared/project/types';
import { liveLedgerTargets, notesOnMismatchesGone, pairView, shownPairAnnotations, type Counts, type Intent, type WorkbenchState } from '../../shared/workbench';
import { ledgerTarget } from '../../shared/drift/ledger';
import { WhoSaidWhat } from './WhoSaidWhat';
import { AlignmentMap } from './AlignmentMap';
import { LedgerView } from './LedgerView';
import { MismatchPanel } from './MismatchPanel';
import { NotesPanel } from './NotesPanel';

interface Props {
  state: WorkbenchState;
  dispatch: Dispatch<Intent>;
  counts: Counts;
  flagged: Set<number>;
  onAnnotate(m: Mismatch, patch: AnnotationPatch): void;
  onNote(target: AnnotationTarget): void;
}

const now = () => new Date().toISOString();

/** The tabs beside the grid: mismatches, ledger, map and notes. */
export function SidePanel({ state, dispatch, counts, flagged, onAnnotate, onNote }: Props) {
  const { t } = useTranslation();
  const project = state.history.present;
  const { alignment, beads, sentencesA, sentencesB, comparison } = pairView(state);
  const panel = state.panel;
  const navigate = (v: number, s: number) => {
    const p = v === project.pivot ? state.pair : project.alignments.findIndex((x) => x.b === v);
    if (p < 0) return;
    const r = project.alignments[p].beads.findIndex((b) => b[v === project.pivot ? 'a' : 'b'].includes(s));
    dispatch({ type: 'select', pair: p, ...(r >= 0 ? { row: r } : {}) });
  };
  // The list re-renders only when what it shows changes (not on every grid edit or selection).
  // (the shown pair's annotations: a verdict on another pair's mismatch of the same key is not this one's)
  const pairAnnotations = shownPairAnnotations(state);
  const mismatchList = useMemo(
    () => (
      <MismatchPanel
        comparison={comparison}
        annotations={pairAnnotations}
        selectedKey={state.selectedKey}
        onSelect={(mismatch) => dispatch({ type: 'select-mismatch', mismatch })}
        onAnnotate={onAnnotate}
        hidden={panel !== 'mismatches'}
      />
    ),
    [comparison, pairAnnotations, state.selectedKey, dispatch, onAnnotate, panel],
  );
  // (another tool's inline marks, `translate="no"` spans, ride with the text and are no notes)
  const notes = useMemo(() => notesOnly(project.annotations), [project.annotations]);
  const ledgerVerdicts = new Map(project.annotations.flatMap((a) => (a.target.type === 'ledger' ? [[a.target.what, a.verdict] as const] : [])));
  return (
    <aside className="lower__side">
      <div className="tabs" role="tablist">
        {(['mismatches', 'ledger', 'map', 'notes'] as const).map((p) => (
          <button key={p} type="button" role="tab" aria-selected={panel === p} className={panel === p ? 'is-on' : ''} onClick={() => dispatch({ type: 'select', panel: p })} data-testid={`tab-${p}`}>
            {t(`panel.${p}`)}
            {p === 'mismatches' && <span className="count">{counts.open}</span>}
            {p === 'notes' && notes.length > 0 && <span className="count count--muted">{notes.length}</span>}
          </button>
        ))}
      </div>
      {/* The mismatch tab scrolls its list on its own, so the annotation editor below it stays in view. */}
      <div className={`tabpanel${panel === 'mismatches' ? ' tabpanel--split' : ''}`} role="tabpanel">
        {/* (kept while another tab is shown, so that its filters stay as the user set them) */}
        {mismatchList}
        {panel === 'notes' && (
          <NotesPanel
            annotations={notes}
            versions={project.versions}
            gone={notesOnMismatchesGone(state)}
            liveGroups={liveLedgerTargets(state)}
            selectedId={state.selectedNote}
            onOpen={(annotation) => dispatch({ type: 'open-note', annotation })}
            onRestore={(a) => dispatch({ type: 'restore', id: a.id, now: now() })}
            onChange={(a, patch) => dispatch({ type: 'update-note', id: a.id, patch, now: now() })}
          />
        )}
        {panel === 'ledger' && <WhoSaidWhat claims={state.analysis?.result.pairs[state.pair]?.claims ?? []} onSelect={(r) => dispatch({ type: 'select', row: r })} />}
        {panel === 'ledger' && <LedgerView ledger={state.analysis?.result.ledger ?? []} versions={project.versions} verdicts={ledgerVerdicts} onAnnotate={(g) => onNote({ type: 'ledger', what: ledgerTarget(g) })} onNavigate={navigate} />}
        {panel === 'map' && alignment && <AlignmentMap beads={beads} countA={sentencesA.length} countB={sentencesB.length} selectedRow={state.row} flagged={flagged} onSelect={(r) => dispatch({ type: 'select', row: r })} />}
      </div>
    </aside>
  );
}
