/**
 * The workbench window: a view of the headless workbench model (shared/workbench). It renders
 * the model's state and turns clicks and keys into intents; the rules live in the model, the
 * I/O in useDocumentIO, the analysis in useWorkbench.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { flushSync } from 'react-dom';
import { MAX_TEXT_BYTES, textTooLarge, type ApiError, type AppInfo, type ExportFormat, type ExportScope, type UiLang } from '../shared/api';
import { exportLosses, scopeLosses } from '../shared/formats/losses';
import { canRedo, canUndo } from '../shared/edit';
import type { Mismatch } from '../shared/drift/types';
import { isInlineMark, type AnnotationPatch } from '../shared/project/annotations';
import type { AnnotationTarget } from '../shared/project/types';
import { countsOf, flaggedRows, notTranslationRows, pairView, shownPairAnnotations, untranslatedRows, type GridOp } from '../shared/workbench';
import { getApi } from './api';
import { rememberUiLang } from './i18n';
import { AlignmentGrid } from './components/AlignmentGrid';
import { Banners } from './components/Banners';
import { Dialog } from './components/Dialog';
import { ExportDialog } from './components/ExportDialog';
import { GridActions } from './components/GridActions';
import { HelpOverlay } from './components/HelpOverlay';
import { PasteDialog } from './components/PasteDialog';
import { SidePanel } from './components/SidePanel';
import { Splitter } from './components/Splitter';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { TermbaseControl } from './components/TermbaseControl';
import { VersionPane } from './components/VersionPane';
import { detectLang, otherLangOf, sameLanguage } from '../shared/text';
import { useDarkMode } from './hooks/useDarkMode';
import { gridCommand } from './state/grid-keys';
import { escapeMarkdown, figureMarks } from './state/marks';
import { hashText } from './state/hash';
import { useDocumentIO } from './state/useDocumentIO';
import { useGlobalKeys } from './state/useGlobalKeys';
import { useWorkbench } from './state/useWorkbench';

const now = () => new Date().toISOString();

export function App() {
  const { t, i18n } = useTranslation();
  const api = getApi();
  const dark = useDarkMode();
  const [error, setError] = useState<ApiError | null>(null);
  const { state, dispatch, progress, cancel } = useWorkbench(setError);
  const io = useDocumentIO(api, state, dispatch, setError);
  const [about, setAbout] = useState<AppInfo | null>(null);
  const [help, setHelp] = useState(false);
  const [pasting, setPasting] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);

  const project = state.history.present;
  const view = pairView(state);
  const { alignment, beads, versionA, versionB, sentencesA, sentencesB, comparison, beadsFit } = view;
  const counts = countsOf(state);
  const flagged = useMemo(() => flaggedRows(state), [state.analysis, project.annotations, alignment, state.pair]);
  const unrelatedRows = useMemo(() => notTranslationRows(state), [state.analysis, alignment, state.pair]);
  const untranslated = useMemo(() => untranslatedRows(state), [state.analysis, alignment, state.pair]);
  const row = Math.min(state.row, beads.length - 1);
  // (the shown pair's: a verdict on another pair's mismatch of the same key is not this one's)
  const pairAnnotations = shownPairAnnotations(state);
  // (what an export of the shown pair cannot carry, said in the export dialog before it is written)
  // (and the verdicts of rows a scope leaves out, which a TMX or XLIFF file keeps detached)
  const lossesOf = useCallback(
    (format: ExportFormat, scope: ExportScope) => [
      ...exportLosses(format, project, state.pair, scope),
      ...(alignment && beadsFit && comparison ? scopeLosses(format, { project, pair: alignment, sentencesA, sentencesB, comparison, scope }) : []),
    ],
    [project, state.pair, alignment, beadsFit, sentencesA, sentencesB, comparison],
  );

  const marks = useMemo(() => {
    const m = figureMarks(comparison, pairAnnotations, t, i18n.language);
    for (const a of project.annotations) {
      if (a.target.type !== 'span' || a.target.removed || !alignment || isInlineMark(a)) continue;
      const side = a.target.version === alignment.a ? m.a : a.target.version === alignment.b ? m.b : null;
      side?.push({ start: a.target.start, end: a.target.end, status: 'note', hover: () => `**${escapeMarkdown(t(`verdict.${a.verdict}`))}** — ${escapeMarkdown(a.note)}` });
    }
    return m;
  }, [comparison, pairAnnotations, project.annotations, t, i18n.language, alignment?.a, alignment?.b]);

  const bead = beads[row] ?? null;
  const span = (ids: number[], sentences: typeof sentencesA) => (ids.length && beadsFit ? { start: sentences[ids[0]].start, end: sentences[ids[ids.length - 1]].end } : null);

  const edit = useCallback((op: GridOp) => dispatch({ type: 'grid', op }), [dispatch]);
  // (a pair whose rows are an opened file's units: re-aligning replaces them, so the user is asked first)
  const realign = useCallback(() => {
    if (alignment?.fromFile && !window.confirm(t('dialogs.realignFile'))) return;
    dispatch({ type: 'realign' });
  }, [dispatch, alignment?.fromFile, t]);
  const noteOn = (target: AnnotationTarget) => dispatch({ type: 'annotate', target, now: now() });
  /** A verdict, category, severity or note on a mismatch (the model makes a typed note one undo step). */
  const annotate = useCallback((m: Mismatch, patch: AnnotationPatch) => dispatch({ type: 'annotate-mismatch', mismatch: m, patch, now: now() }), [dispatch]);
  // (rendered at once: a save or an open waiting for a pane's edit runs on the state that holds it; pending-edits)
  const editVersion = (index: number) => async (text: string) => {
    const hash = await hashText(text);
    flushSync(() => dispatch({ type: 'edit-text', version: index, text, hash }));
  };

  const onGridKey = (e: ReactKeyboardEvent) => {
    if (!alignment) return;
    const command = gridCommand(e, beads, row, state.side);
    if (!command) return;
    e.preventDefault();
    if (command.type === 'select') dispatch({ type: 'select', row: command.row });
    else if (command.type === 'side') dispatch({ type: 'select', side: command.side });
    else if (command.type === 'edit') dispatch({ type: 'grid', op: command.op });
    else realign();
  };

  const showExport = () => io.setExporting({ busy: false, result: null });
  useGlobalKeys(
    api,
    state,
    dispatch,
    {
      'open-a': () => void io.openText('a'),
      'open-b': () => void io.openText('b'),
      about: () => void api.appInfo(null).then(setAbout),
      new: io.newProject,
      'open-project': () => void io.openProject(),
      save: () => void io.save(false),
      'save-as': () => void io.save(true),
      export: showExport,
      help: () => setHelp(true),
    },
    () => {
      setHelp(false);
      setPasting(false);
      setAbout(null);
      io.setExporting(null);
    },
  );

  const switchLanguage = async (lang: UiLang) => {
    await i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    rememberUiLang(lang);
    await api.setUiLanguage({ lang });
  };

  const paneProps = { dark, onDropFile: (s: 'a' | 'b', f: File) => void io.dropText(s, f) };

  return (
    <div className="app">
      <Toolbar
        dirty={io.dirty}
        hasVersions={project.versions.length > 0}
        canAdd={project.versions.length >= 2}
        hasPair={!!alignment}
        canUndo={canUndo(state.history)}
        canRedo={canRedo(state.history)}
        mode={alignment?.mode ?? 'parallel'}
        recent={io.recent}
        lang={i18n.language}
        extra={<TermbaseControl api={api} termbase={project.termbase} onError={setError} onChange={(termbase) => dispatch({ type: 'set-termbase', termbase })} />}
        on={{
          newProject: io.newProject,
          openProject: () => void io.openProject(),
          save: (saveAs) => void io.save(saveAs),
          openText: (slot) => void io.openText(slot),
          paste: () => setPasting(true),
          sample: io.sample,
          undo: () => dispatch({ type: 'undo' }),
          redo: () => dispatch({ type: 'redo' }),
          realign,
          mode: (mode) => dispatch({ type: 'set-mode', mode }),
          export: showExport,
          recent: (path) => void io.openRecentProject(path),
          lang: (lang) => void switchLanguage(lang),
          help: () => setHelp(true),
        }}
      />
      <Banners
        recovery={!!io.recovery}
        onRestore={io.restoreRecovery}
        onDiscard={io.discardRecovery}
        error={error}
        onDismissError={() => setError(null)}
        warnings={state.warnings}
        onDismissWarning={(index) => dispatch({ type: 'dismiss-warning', index })}
      />
      <main className="workbench">
        <div className="panes">
          <VersionPane
            {...paneProps}
            slot="a"
            label={t('pane.versionA')}
            name={versionA?.name ?? null}
            lang={versionA?.lang ?? null}
            langTag={versionA?.langTag}
            text={versionA?.text ?? null}
            codes={versionA?.codes}
            marks={comparison ? marks.a : []}
            reveal={bead ? span(bead.a, sentencesA) : null}
            onEdit={versionA ? editVersion(alignment?.a ?? 0) : undefined}
            onAnnotateSpan={versionA ? (start, end) => noteOn({ type: 'span', version: alignment?.a ?? 0, start, end }) : undefined}
          />
          <VersionPane
            {...paneProps}
            slot="b"
            label={t('pane.versionB')}
            name={versionB?.name ?? null}
            lang={versionB?.lang ?? null}
            langTag={versionB?.langTag}
            text={versionB?.text ?? null}
            codes={versionB?.codes}
            marks={comparison ? marks.b : []}
            reveal={bead ? span(bead.b, sentencesB) : null}
            onMakePivot={project.versions.length > 1 ? () => dispatch({ type: 'make-pivot' }) : undefined}
            choices={project.alignments.map((al, i) => ({ index: i, name: project.versions[al.b]?.name ?? '' }))}
            chosen={state.pair}
            onChoose={(pair) => dispatch({ type: 'select', pair })}
            onEdit={versionB && alignment ? editVersion(alignment.b) : undefined}
            onAnnotateSpan={versionB && alignment ? (start, end) => noteOn({ type: 'span', version: alignment.b, start, end }) : undefined}
          />
        </div>
        <Splitter />
        <div className="lower">
          <div className="lower__grid" ref={gridRef} tabIndex={0} onKeyDown={onGridKey} aria-label={t('grid.title')} data-testid="grid-focus">
            <GridActions disabled={!alignment || !beadsFit} onEdit={edit} />
            {alignment && beadsFit && comparison ? (
              <AlignmentGrid beads={beads} sentencesA={sentencesA} sentencesB={sentencesB} diff={!!versionA && !!versionB && sameLanguage(versionA, versionB)} selectedRow={row} side={state.side} flagged={flagged} untranslated={untranslated} notTranslation={unrelatedRows} codesA={versionA?.codes} codesB={versionB?.codes} onSelect={(r, s) => { dispatch({ type: 'select', row: r, ...(s ? { side: s } : {}) }); gridRef.current?.focus(); }} />
            ) : (
              <p className="muted pad">{progress ? t('status.working') : t('grid.empty')}</p>
            )}
          </div>
          <SidePanel state={state} dispatch={dispatch} counts={counts} flagged={flagged} onAnnotate={annotate} onNote={noteOn} />
        </div>
      </main>
      <StatusBar counts={counts} hasPair={!!alignment} progress={progress} notice={state.notice} where={state.path ?? null} onCancel={cancel} />
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      {pasting && (
        <PasteDialog
          canAdd={project.versions.length >= 2}
          onClose={() => setPasting(false)}
          onPaste={(target, name, text) => {
            setPasting(false);
            // (a pasted text has the limit of a file: one too large is said, as for a file)
            const bytes = new TextEncoder().encode(text).byteLength;
            void io.acceptText(target, bytes > MAX_TEXT_BYTES ? textTooLarge(name) : { ok: true, value: { name, text, lang: detectLang(text), ...otherLangOf(text), encoding: 'utf-8', format: 'text', bytes } });
          }}
        />
      )}
      {io.exporting && <ExportDialog busy={io.exporting.busy} result={io.exporting.result} onExport={(f, s) => void io.doExport(f, s)} lossesOf={lossesOf} onShow={(p) => void api.showInFolder({ path: p })} onClose={() => io.setExporting(null)} />}
      {about && (
        <Dialog title={t('about.title')} onClose={() => setAbout(null)}>
          <p>{t('app.tagline')}</p>
          <p>{t('about.version', { version: about.version, edition: t(`about.${about.edition}`) })}</p>
          <button type="button" onClick={() => setAbout(null)}>{t('about.close')}</button>
        </Dialog>
      )}
    </div>
  );
}
