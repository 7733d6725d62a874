import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, AppInfo, ExportFormat, ExportScope, MenuAction, OpenedProject, OpenedText, Result, UiLang } from '../shared/api';
import type { AlignMode, Bead } from '../shared/align/types';
import type { Mismatch } from '../shared/drift/types';
import { canRedo, canUndo, type EditResult, type Side } from '../shared/edit';
import { gridCommand } from './state/grid-keys';
import { createProject, type VersionInput } from '../shared/project/create';
import { serializeProject } from '../shared/project/schema';
import type { Annotation, Project, Version } from '../shared/project/types';
import { bridgeEndpoint, getApi } from './api';
import { pickFile, PROJECT_FILES } from './api/bridge-client';
import { rememberUiLang } from './i18n';
import { AlignmentGrid } from './components/AlignmentGrid';
import { AlignmentMap } from './components/AlignmentMap';
import { ExportDialog } from './components/ExportDialog';
import { HelpOverlay } from './components/HelpOverlay';
import { Dialog } from './components/Dialog';
import { PasteDialog } from './components/PasteDialog';
import { detectLang } from '../shared/text';
import { isProjectName } from '../shared/formats/file-types';
import { versionsOutsideAnalysis } from '../shared/formats/lang-tags';
import { LedgerView } from './components/LedgerView';
import { MismatchPanel, VERDICT_KEYS } from './components/MismatchPanel';
import { VersionPane } from './components/VersionPane';
import { useDarkMode } from './hooks/useDarkMode';
import { annotateMismatch, annotateTarget, ledgerTarget } from './state/annotate';
import { restoreAnnotation, updateAnnotation, type AnnotationPatch } from '../shared/project/annotations';
import type { AnnotationTarget } from '../shared/project/types';
import { NotesPanel } from './components/NotesPanel';
import { documentReducer, emptyProject, initialDocument, isDirty } from './state/document';
import { escapeMarkdown, figureMarks } from './state/marks';
import { useAnalysis } from './state/useAnalysis';
import { postRecoveryFromWorker, serializeInWorker } from './worker/serialize';
import { hashText } from './state/hash';

const APP = { name: 'Selaras', version: '0.1.0' };
const AUTOSAVE_MS = 4000;

type Panel = 'mismatches' | 'ledger' | 'map' | 'notes';


async function toNewVersion(o: OpenedText): Promise<VersionInput> {
  return { name: o.name, text: o.text, lang: o.lang, hash: await hashText(o.text), ...(o.path ? { sourcePath: o.path } : {}) };
}

/** A project for the given versions, the first one the pivot; alignments are computed later. */
function projectOf(versions: VersionInput[]): Project {
  return createProject(
    versions,
    versions.slice(1).map(() => ({ mode: 'parallel' as const, beads: [] })),
  );
}

/**
 * Puts a newly opened text into the project: as the pivot (`a`), in place of the shown version
 * (`b`), or as an extra version. Only the alignments that involve the new text start afresh;
 * every other pair keeps its beads (confirmed and locked ones included).
 */
function withVersion(project: Project, slot: 'a' | 'b' | 'add', shown: number, input: VersionInput): Project {
  const ids = new Set(project.versions.map((v) => v.id));
  let n = project.versions.length + 1;
  while (ids.has(`v${n}`)) n++;
  const fresh: Version = { id: `v${n}`, name: input.name, lang: input.lang, text: input.text, hash: input.hash ?? '', ...(input.sourcePath ? { sourcePath: input.sourcePath } : {}) };
  const versions = [...project.versions];
  let replaced = -1;
  if (versions.length === 0 || slot === 'add' || (slot === 'b' && versions.length < 2)) versions.push(fresh);
  else {
    replaced = slot === 'a' ? project.pivot : shown;
    versions[replaced] = { ...fresh, id: versions[replaced].id };
  }
  const alignments = project.alignments.map((al) => (al.a === replaced || al.b === replaced ? { ...al, mode: 'parallel' as const, beads: [] } : al));
  if (replaced < 0 && versions.length > 1) alignments.push({ a: project.pivot, b: versions.length - 1, mode: 'parallel', beads: [] });
  return { ...project, versions, alignments };
}

function isTextField(el: Element | null): boolean {
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable || !!el.closest('.monaco-editor'));
}

function rowOfSentence(beads: Bead[], side: Side, sentence: number): number {
  return beads.findIndex((b) => b[side].includes(sentence));
}

function download(name: string, bytes: Uint8Array) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const { t, i18n } = useTranslation();
  const api = getApi();
  const dark = useDarkMode();
  const [doc, dispatch] = useReducer(documentReducer, undefined, initialDocument);
  const project = doc.history.present;
  const dirty = isDirty(doc);

  const [pair, setPair] = useState(0);
  const [row, setRow] = useState(0);
  const [side, setSide] = useState<Side>('a');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [selectedNote, setSelectedNote] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('mismatches');
  const [error, setError] = useState<ApiError | null>(null);
  /** The last status message, kept as a key so that it follows the interface language. */
  const [notice, setNoticeKey] = useState<{ key: string; params?: Record<string, string | number> } | null>(null);
  const setNotice = useCallback((key: string, params?: Record<string, string | number>) => setNoticeKey({ key, params }), []);
  /** Warnings kept as keys, so that they follow the interface language. */
  const [warnings, setWarnings] = useState<Array<{ key: string; params: Record<string, string | number> }>>([]);
  const [about, setAbout] = useState<AppInfo | null>(null);
  const [help, setHelp] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [exporting, setExporting] = useState<{ busy: boolean; result: { path: string; name: string; canShow: boolean } | null } | null>(null);
  const [recovery, setRecovery] = useState<OpenedProject | null>(null);
  /** The autosave in flight, if any (awaited before the recovery copy is cleared). */
  const autosaving = useRef<Promise<void>>(Promise.resolve());
  const gridRef = useRef<HTMLDivElement>(null);

  // ---- analysis in the worker -------------------------------------------------------------
  const { current, progress, realignPair, cancel } = useAnalysis(project, dispatch, setNotice, setError);
  useEffect(() => {
    if (pair > 0 && pair >= project.alignments.length) setPair(Math.max(0, project.alignments.length - 1));
  }, [pair, project.alignments.length]);
  const alignment = project.alignments[Math.min(pair, project.alignments.length - 1)] ?? null;
  const beads = alignment?.beads ?? [];
  const versionA = project.versions[alignment?.a ?? 0] ?? null;
  const versionB = alignment ? project.versions[alignment.b] : null;
  const sentencesA = (current && alignment && current.versions[alignment.a]?.sentences) || [];
  const sentencesB = (current && alignment && current.versions[alignment.b]?.sentences) || [];
  const comparison = current?.pairs[pair]?.comparison ?? null;
  const sameLanguage = !!versionA && !!versionB && versionA.lang === versionB.lang;
  const beadsFit = beads.every((b) => b.a.every((i) => i < sentencesA.length) && b.b.every((i) => i < sentencesB.length));

  const marks = useMemo(() => {
    const m = figureMarks(comparison, project.annotations, t, i18n.language);
    // Notes on spans of the shown versions.
    for (const a of project.annotations) {
      if (a.target.type !== 'span' || !alignment) continue;
      const side = a.target.version === alignment.a ? m.a : a.target.version === alignment.b ? m.b : null;
      const note = a;
      side?.push({ start: a.target.start, end: a.target.end, status: 'note', hover: () => `**${escapeMarkdown(t(`verdict.${note.verdict}`))}** — ${escapeMarkdown(note.note)}` });
    }
    return m;
  }, [comparison, project.annotations, t, i18n.language, alignment]);
  const ledgerVerdicts = useMemo(
    () => new Map(project.annotations.filter((a) => a.target.type === 'ledger').map((a) => [(a.target as { what: string }).what, a.verdict])),
    [project.annotations],
  );
  const openMismatches = useMemo(() => {
    const dismissed = new Set(project.annotations.filter((a) => a.verdict === 'acceptable' || a.verdict === 'false-alarm').map((a) => (a.target.type === 'mismatch' ? a.target.key : '')));
    return (comparison?.mismatches ?? []).filter((m) => !dismissed.has(m.key));
  }, [comparison, project.annotations]);
  /** Row of every sentence, per side, for jumps from mismatches, the ledger and the map. */
  const rowIndex = useMemo(() => {
    const a = new Map<number, number>();
    const b = new Map<number, number>();
    beads.forEach((bead, r) => {
      for (const i of bead.a) a.set(i, r);
      for (const i of bead.b) b.set(i, r);
    });
    return { a, b };
  }, [beads]);
  const flagged = useMemo(() => {
    const rows = new Set<number>();
    for (const m of openMismatches) {
      const r = m.a.length ? rowIndex.a.get(m.a[0]) : rowIndex.b.get(m.b[0]);
      if (r !== undefined) rows.add(r);
    }
    return rows;
  }, [openMismatches, rowIndex]);

  const bead = beads[Math.min(row, beads.length - 1)] ?? null;
  const span = (ids: number[], sentences: typeof sentencesA) =>
    ids.length && beadsFit ? { start: sentences[ids[0]].start, end: sentences[ids[ids.length - 1]].end } : null;
  const revealA = bead ? span(bead.a, sentencesA) : null;
  const revealB = bead ? span(bead.b, sentencesB) : null;

  // ---- documents ---------------------------------------------------------------------------
  const loadVersions = useCallback((versions: VersionInput[], name: string) => {
    dispatch({ type: 'load', project: projectOf(versions), name, dirty: false });
    setPair(0);
    setRow(0);
    setSelectedKey(null);
    setWarnings([]);
  }, []);

  const loadSample = useCallback(async () => {
    const result = await api.loadSample(null);
    if (!result.ok) return setError(result.error);
    loadVersions(await Promise.all(result.value.versions.map(toNewVersion)), '');
    setNotice('status.sampleOpened');
  }, [api, loadVersions, t]);

  const applyOpenedProject = useCallback(
    (opened: OpenedProject) => {
      const name = opened.path ? opened.path.split(/[\\/]/).pop() ?? opened.name : opened.recovered ? '' : opened.name;
      dispatch({ type: 'load', project: opened.project, path: opened.path, name, dirty: !opened.path || !!opened.recovered });
      setPair(0);
      setRow(0);
      setSelectedKey(null);
      // Languages outside figure analysis (a French TM): said plainly, not guessed.
      const outside = versionsOutsideAnalysis(opened.project.versions);
      setWarnings([
        ...opened.sourceChanges.map((c) => ({
          key: c.status === 'changed' ? 'warnings.sourceChanged' : 'warnings.sourceMissing',
          params: { name: opened.project.versions.find((v) => v.id === c.versionId)?.name ?? c.versionId, path: c.path },
        })),
        ...(outside.length ? [{ key: 'bilingual.outsideAnalysis', params: { versions: outside.join(', ') } }] : []),
      ]);
      setNotice('status.opened', { name: opened.name });
    },
    [setNotice],
  );

  /** Puts an opened text into the pivot (A) or the shown version (B); a failure changes nothing. */
  const acceptText = useCallback(
    async (slot: 'a' | 'b' | 'add', result: Result<OpenedText | null>) => {
      if (!result.ok) return setError(result.error);
      if (!result.value) return;
      setError(null);
      const opened = await toNewVersion(result.value);
      if (result.value.uncertainEncoding) setWarnings((w) => [...w, { key: 'warnings.uncertainEncoding', params: { name: opened.name, encoding: result.value!.encoding } }]);
      const next = withVersion(project, slot, alignment?.b ?? 1, opened);
      if (project.versions.length === 0) dispatch({ type: 'load', project: next, name: '', dirty: true });
      else dispatch({ type: 'edit', project: next });
      if (slot === 'add' || project.versions.length < 2) setPair(Math.max(0, next.alignments.length - 1));
      setRow(0);
      setNotice('status.opened', { name: opened.name });
    },
    [project, alignment, t],
  );

  const openText = useCallback(async (slot: 'a' | 'b' | 'add') => void (await acceptText(slot, await api.openTextFile({ slot: slot === 'a' ? 'a' : 'b' }))), [api, acceptText]);
  const dropText = useCallback(
    async (slot: 'a' | 'b', file: File) => {
      if (isProjectName(file.name)) {
        const result = await api.openProjectBytes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        return result.ok ? applyOpenedProject(result.value) : setError(result.error);
      }
      await acceptText(slot, await api.readDroppedFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
    },
    [api, acceptText, applyOpenedProject],
  );

  const confirmDiscard = useCallback(() => {
    if (!dirty) return true;
    if (!window.confirm(t('dialogs.discardChanges'))) return false;
    void autosaving.current.then(() => api.clearRecovery(null));
    return true;
  }, [dirty, t, api]);

  const newProject = useCallback(() => {
    if (!confirmDiscard()) return;
    dispatch({ type: 'load', project: emptyProject(), name: '' });
  }, [confirmDiscard]);

  const openProject = useCallback(async () => {
    if (!confirmDiscard()) return;
    const info = await api.appInfo(null);
    let result: Result<OpenedProject | null>;
    if (info.edition === 'desktop') result = await api.openProject(null);
    else {
      const file = await pickFile(PROJECT_FILES);
      result = file ? await api.openProjectBytes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }) : { ok: true, value: null };
    }
    if (!result.ok) return setError(result.error);
    if (result.value) applyOpenedProject(result.value);
  }, [api, confirmDiscard, applyOpenedProject]);

  const save = useCallback(
    async (saveAs: boolean) => {
      if (project.versions.length === 0) return;
      const saving = project;
      const json = serializeProject(saving, { app: APP });
      const name = doc.name || `${(saving.versions[0]?.name ?? 'untitled').replace(/\.[^.]+$/, '')}.selaras`;
      const result = await api.saveProject({ json, name, ...(!saveAs && doc.path ? { path: doc.path } : {}) });
      if (!result.ok) return setError(result.error);
      if (!result.value) return;
      dispatch({ type: 'saved', path: result.value.path, name: result.value.name, project: saving });
      // An autosave still on its way must not land after the recovery copy is cleared.
      await autosaving.current;
      await api.clearRecovery(null);
      setNotice('status.saved', { name: result.value.name });
    },
    [api, project, doc.name, doc.path, setNotice],
  );

  const openRecentProject = useCallback(
    async (file: string) => {
      if (!confirmDiscard()) return;
      const result = await api.openRecentProject({ path: file });
      if (!result.ok) return setError(result.error);
      applyOpenedProject(result.value);
    },
    [api, confirmDiscard, applyOpenedProject],
  );
  const [recent, setRecent] = useState<Array<{ name: string; path: string }>>([]);
  const refreshRecent = useCallback(async () => setRecent(await api.listRecentProjects(null)), [api]);

  const doExport = useCallback(
    async (format: ExportFormat, scope: ExportScope) => {
      if (!alignment) return;
      setExporting({ busy: true, result: null });
      const json = serializeProject(project, { app: APP });
      const name = (doc.name || project.versions[0]?.name || 'selaras').replace(/\.[^.]+$/, '');
      const result = await api.exportProject({ json, pair, format, scope, name, uiLang: i18n.language === 'id' ? 'id' : 'en' });
      if (!result.ok) {
        setExporting(null);
        return setError(result.error);
      }
      if (!result.value) return setExporting({ busy: false, result: null });
      if (result.value.bytes) download(result.value.name, result.value.bytes);
      setExporting({ busy: false, result: { path: result.value.path, name: result.value.name, canShow: !result.value.bytes } });
    },
    [api, project, pair, alignment, doc.name, i18n],
  );

  // ---- start: recovery offer, then the sample ----------------------------------------------
  useEffect(() => {
    void (async () => {
      const rec = await api.readRecovery(null);
      if (rec.ok && rec.value) setRecovery(rec.value);
      await loadSample();
      await refreshRecent();
    })();
  }, []);

  // ---- autosave while there are unsaved changes, and a warning before closing ----------------
  useEffect(() => {
    if (!dirty || project.versions.length === 0) return;
    // Compact JSON made in a worker, so autosave never stalls typing or scrolling.
    const timer = setTimeout(() => {
      const bridge = bridgeEndpoint();
      const path = doc.path;
      autosaving.current = (
        bridge
          ? postRecoveryFromWorker(project, APP, bridge, path)
          : serializeInWorker(project, APP).then((json) => api.writeRecovery({ json, ...(path ? { projectPath: path } : {}) }))
      ).then(
        () => undefined,
        () => undefined,
      );
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, project, api, doc.path]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.title = `${dirty ? '● ' : ''}${doc.name || t('app.untitled')} — Selaras`;
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, doc.name, t]);

  // ---- grid edits ----------------------------------------------------------------------------
  const applyEdit = useCallback(
    (result: EditResult) => {
      if (!alignment) return;
      if (!result.ok) return setNotice(`grid.refused.${result.reason}`);
      const alignments = project.alignments.map((al, i) => (i === pair ? { ...al, beads: result.beads } : al));
      dispatch({ type: 'edit', project: { ...project, alignments } });
      setRow(result.row);
    },
    [alignment, project, pair, t],
  );

  /**
   * Makes the shown version B the pivot that every other version is aligned to. The pair of the
   * two keeps its beads (sides swapped); the other pairs are aligned afresh.
   */
  const makePivot = useCallback(() => {
    if (!alignment) return;
    const next = alignment.b;
    const old = project.pivot;
    const alignments = project.versions
      .map((_, i) => i)
      .filter((i) => i !== next)
      .map((i) => {
        const same = project.alignments.find((al) => al.a === next && al.b === i);
        if (same) return same;
        const swapped = project.alignments.find((al) => al.a === i && al.b === next);
        if (swapped) return { a: next, b: i, mode: swapped.mode, beads: swapped.beads.map((b) => ({ ...b, a: b.b, b: b.a })) };
        return { a: next, b: i, mode: 'parallel' as const, beads: [] };
      });
    dispatch({ type: 'edit', project: { ...project, pivot: next, alignments } });
    setPair(Math.max(0, alignments.findIndex((al) => al.b === old)));
    setRow(0);
    setSelectedKey(null);
  }, [alignment, project]);

  /** Translations align in order; different articles on one story link only what they share. */
  const setMode = useCallback(
    (mode: AlignMode) => {
      if (!alignment || alignment.mode === mode) return;
      const alignments = project.alignments.map((al, i) => (i === pair ? { ...al, mode, beads: [] } : al));
      dispatch({ type: 'edit', project: { ...project, alignments } });
      setRow(0);
    },
    [alignment, project, pair],
  );

  const realign = useCallback(() => realignPair(pair), [realignPair, pair]);

  const selectRow = useCallback((r: number, s?: Side) => {
    setRow(r);
    if (s) setSide(s);
  }, []);

  const moveToMismatch = useCallback(
    (m: Pick<Mismatch, 'a' | 'b'> & { key: string }) => {
      setSelectedKey(m.key);
      const r = m.a.length ? rowIndex.a.get(m.a[0]) : rowIndex.b.get(m.b[0]);
      if (r !== undefined) setRow(r);
    },
    [rowIndex],
  );

  const setAnnotations = useCallback(
    (annotations: Annotation[]) => dispatch({ type: 'edit', project: { ...project, annotations } }),
    [project],
  );

  /** Starts (or opens) the note on a ledger group or a span and shows it in the Notes tab. */
  const noteOn = useCallback(
    (target: AnnotationTarget) => {
      const defaults = target.type === 'ledger' ? { category: 'inconsistency' as const, severity: 'major' as const } : { category: 'other' as const, severity: 'minor' as const };
      const annotations = annotateTarget(project.annotations, target, defaults, {}, new Date().toISOString(), project.settings.author ?? '');
      setAnnotations(annotations);
      const created = annotations.find((a) => JSON.stringify(a.target) === JSON.stringify(target));
      if (created) setSelectedNote(created.id);
      setPanel('notes');
    },
    [project, setAnnotations],
  );

  const openNote = useCallback(
    (a: Annotation) => {
      setSelectedNote(a.id);
      const target = a.target;
      if (target.type === 'mismatch') {
        const m = comparison?.mismatches.find((x) => x.key === target.key);
        if (m) moveToMismatch(m);
      } else if (target.type === 'span' && alignment) {
        const side = target.version === alignment.a ? 'a' : target.version === alignment.b ? 'b' : null;
        const sentences = side === 'a' ? sentencesA : sentencesB;
        const index = sentences.findIndex((s) => s.end >= target.start);
        const r = side && index >= 0 ? rowIndex[side].get(index) : undefined;
        if (r !== undefined) setRow(r);
      }
    },
    [comparison, moveToMismatch, alignment, sentencesA, sentencesB, rowIndex],
  );

  const annotate = useCallback(
    (m: Mismatch, patch: Partial<Pick<Annotation, 'verdict' | 'category' | 'severity' | 'note'>>) => {
      const annotations = annotateMismatch(project.annotations, m, patch, new Date().toISOString(), project.settings.author ?? '');
      dispatch({ type: 'edit', project: { ...project, annotations } });
    },
    [project],
  );

  const onGridKey = (e: ReactKeyboardEvent) => {
    if (!alignment) return;
    const command = gridCommand(e, beads, row, side);
    if (!command) return;
    e.preventDefault();
    if (command.type === 'select') setRow(command.row);
    else if (command.type === 'side') setSide(command.side);
    else if (command.type === 'edit') applyEdit(command.result);
    else realign();
  };

  // ---- global keys and menu ------------------------------------------------------------------
  const commands = useRef<Record<MenuAction, () => void>>({} as Record<MenuAction, () => void>);
  commands.current = {
    'open-a': () => void openText('a'),
    'open-b': () => void openText('b'),
    about: () => void api.appInfo(null).then(setAbout),
    new: newProject,
    'open-project': () => void openProject(),
    save: () => void save(false),
    'save-as': () => void save(true),
    export: () => setExporting({ busy: false, result: null }),
    undo: () => (isTextField(document.activeElement) ? document.execCommand('undo') : dispatch({ type: 'undo' })),
    redo: () => (isTextField(document.activeElement) ? document.execCommand('redo') : dispatch({ type: 'redo' })),
    help: () => setHelp(true),
  };

  useEffect(() => api.onMenu((action) => commands.current[action]?.()), [api]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = isTextField(target);
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      if (mod && k === 'z' && !typing) {
        e.preventDefault();
        commands.current[e.shiftKey ? 'redo' : 'undo']();
      } else if (mod && k === 'y' && !typing) {
        e.preventDefault();
        commands.current.redo();
      } else if (mod && k === 's') {
        e.preventDefault();
        // Commit a note being typed (it is applied on blur), then save once React has re-rendered.
        if (typing) (document.activeElement as HTMLElement | null)?.blur();
        const which = e.shiftKey ? 'save-as' : 'save';
        setTimeout(() => commands.current[which](), 0);
      } else if (mod && k === 'e') {
        e.preventDefault();
        commands.current.export();
      } else if (e.key === '?' && !typing) {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === 'Escape') {
        setHelp(false);
        setPasting(false);
        setAbout(null);
        setExporting(null);
      } else if (!mod && !e.altKey && !typing && (k === 'n' || k === 'p') && !(target && target.closest('[data-testid=grid]'))) {
        const list = openMismatches;
        if (list.length === 0) return;
        const i = list.findIndex((m) => m.key === selectedKey);
        const next = list[(i + (k === 'n' ? 1 : list.length - 1) + (i < 0 && k === 'p' ? 1 : 0)) % list.length];
        moveToMismatch(next);
      } else if (!mod && !e.altKey && !typing && VERDICT_KEYS[k] && selectedKey && !(target && target.closest('[data-testid=grid]'))) {
        const m = comparison?.mismatches.find((x) => x.key === selectedKey);
        if (m) {
          e.preventDefault();
          annotate(m, { verdict: VERDICT_KEYS[k] });
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openMismatches, selectedKey, comparison, moveToMismatch, annotate]);

  const switchLanguage = async (lang: UiLang) => {
    await i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    rememberUiLang(lang);
    await api.setUiLanguage({ lang });
  };

  const editVersion = (index: number) => async (text: string) => {
    const hash = await hashText(text);
    const versions = project.versions.map((v, i) => (i === index ? { ...v, text, hash } : v));
    const alignments = project.alignments.map((al) => (al.a === index || al.b === index ? { ...al, beads: [] } : al));
    dispatch({ type: 'edit', project: { ...project, versions, alignments } });
  };

  const counts = {
    mismatches: comparison?.mismatches.length ?? 0,
    open: openMismatches.length,
    confirmed: project.annotations.filter((a) => a.verdict === 'confirmed').length,
    matches: comparison?.matches.length ?? 0,
  };
  const otherVersions = project.alignments.map((al, i) => ({ index: i, name: project.versions[al.b]?.name ?? '' }));

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label={t('app.name')}>
        <strong className="toolbar__brand">
          {t('app.name')}
          {dirty && <span className="dirty-dot" title={t('status.unsaved')} data-testid="dirty" aria-label={t('status.unsaved')} />}
        </strong>
        <button type="button" data-testid="new" onClick={newProject}>{t('toolbar.new')}</button>
        <button type="button" data-testid="open-project" onClick={() => void openProject()}>{t('toolbar.openProject')}</button>
        <button type="button" data-testid="save" onClick={() => void save(false)} disabled={project.versions.length === 0}>{t('toolbar.save')}</button>
        <button type="button" data-testid="save-as" onClick={() => void save(true)} disabled={project.versions.length === 0}>{t('toolbar.saveAs')}</button>
        <span className="toolbar__sep" />
        <button type="button" data-testid="open-a" onClick={() => void openText('a')}>{t('toolbar.openA')}</button>
        <button type="button" data-testid="open-b" onClick={() => void openText('b')}>{t('toolbar.openB')}</button>
        <button type="button" data-testid="add-version" onClick={() => void openText('add')} disabled={project.versions.length < 2}>{t('toolbar.addVersion')}</button>
        <button type="button" data-testid="paste" onClick={() => setPasting(true)}>{t('toolbar.paste')}</button>
        <button type="button" data-testid="load-sample" onClick={() => void (confirmDiscard() && loadSample())}>{t('toolbar.sample')}</button>
        <span className="toolbar__sep" />
        <button type="button" data-testid="undo" onClick={() => dispatch({ type: 'undo' })} disabled={!canUndo(doc.history)} title="Ctrl+Z">{t('toolbar.undo')}</button>
        <button type="button" data-testid="redo" onClick={() => dispatch({ type: 'redo' })} disabled={!canRedo(doc.history)} title="Ctrl+Shift+Z">{t('toolbar.redo')}</button>
        <button type="button" data-testid="realign" onClick={realign} disabled={!alignment}>{t('toolbar.realign')}</button>
        <select
          aria-label={t('toolbar.mode')}
          title={t('toolbar.modeTitle')}
          data-testid="mode"
          disabled={!alignment}
          value={alignment?.mode ?? 'parallel'}
          onChange={(e) => setMode(e.target.value as AlignMode)}
        >
          <option value="parallel">{t('mode.parallel')}</option>
          <option value="comparable">{t('mode.comparable')}</option>
        </select>
        <button type="button" data-testid="export" onClick={() => setExporting({ busy: false, result: null })} disabled={!alignment}>{t('toolbar.export')}</button>
        <span className="toolbar__spacer" />
        {recent.length > 0 && (
          <select aria-label={t('toolbar.recent')} value="" onChange={(e) => e.target.value && void openRecentProject(e.target.value)} data-testid="recent">
            <option value="">{t('toolbar.recent')}</option>
            {recent.map((r) => (
              <option key={r.path} value={r.path}>{r.name}</option>
            ))}
          </select>
        )}
        <label className="toolbar__lang">
          <span className="sr-only">{t('toolbar.language')}</span>
          <select data-testid="ui-lang" aria-label={t('toolbar.language')} value={i18n.language} onChange={(e) => void switchLanguage(e.target.value as UiLang)}>
            <option value="en">{t('ui.en')}</option>
            <option value="id">{t('ui.id')}</option>
          </select>
        </label>
        <button type="button" onClick={() => setHelp(true)} title={t('keys.title')} aria-label={t('keys.title')} data-testid="help-button">?</button>
      </header>

      {recovery && (
        <div className="banner banner--info" role="alert" data-testid="recovery">
          {t('recovery.offer')}
          <button type="button" data-testid="recovery-restore" onClick={() => { applyOpenedProject(recovery); setRecovery(null); }}>{t('recovery.restore')}</button>
          <button type="button" onClick={() => { void api.clearRecovery(null); setRecovery(null); }}>{t('recovery.discard')}</button>
        </div>
      )}
      {error && (
        <div className="banner banner--error" role="alert" data-testid="error">
          <strong>{t('errors.title')}</strong> {t(error.messageKey, { ...error.params, message: error.message, defaultValue: error.message })}
          <button type="button" onClick={() => setError(null)}>{t('common.dismiss')}</button>
        </div>
      )}
      {warnings.map((w, i) => (
        <div key={`${w.key}-${i}`} className="banner banner--warn" role="status" data-testid="warning">
          {t(w.key, w.params)}
          <button type="button" onClick={() => setWarnings((ws) => ws.filter((x) => x !== w))}>{t('common.dismiss')}</button>
        </div>
      ))}

      <main className="workbench">
        <div className="panes">
          <VersionPane
            slot="a"
            label={t('pane.versionA')}
            name={versionA?.name ?? null}
            lang={versionA?.lang ?? null}
            text={versionA?.text ?? null}
            marks={current ? marks.a : []}
            reveal={revealA}
            dark={dark}
            onDropFile={(s, f) => void dropText(s, f)}
            onEdit={versionA ? editVersion(alignment?.a ?? 0) : undefined}
            onAnnotateSpan={versionA ? (start, end) => noteOn({ type: 'span', version: alignment?.a ?? 0, start, end }) : undefined}
          />
          <VersionPane
            slot="b"
            label={t('pane.versionB')}
            name={versionB?.name ?? null}
            lang={versionB?.lang ?? null}
            text={versionB?.text ?? null}
            marks={current ? marks.b : []}
            reveal={revealB}
            dark={dark}
            onMakePivot={project.versions.length > 1 ? makePivot : undefined}
            choices={otherVersions}
            chosen={pair}
            onChoose={(p) => { setPair(p); setRow(0); setSelectedKey(null); }}
            onDropFile={(s, f) => void dropText(s, f)}
            onEdit={versionB && alignment ? editVersion(alignment.b) : undefined}
            onAnnotateSpan={versionB && alignment ? (start, end) => noteOn({ type: 'span', version: alignment.b, start, end }) : undefined}
          />
        </div>
        <div className="lower">
          <div className="lower__grid" ref={gridRef} tabIndex={0} onKeyDown={onGridKey} aria-label={t('grid.title')} data-testid="grid-focus">
            {alignment && beadsFit && current ? (
              <AlignmentGrid beads={beads} sentencesA={sentencesA} sentencesB={sentencesB} diff={sameLanguage} selectedRow={Math.min(row, beads.length - 1)} side={side} flagged={flagged} onSelect={(r, s) => { selectRow(r, s); gridRef.current?.focus(); }} />
            ) : (
              <p className="muted pad">{progress ? t('status.working') : t('grid.empty')}</p>
            )}
          </div>
          <aside className="lower__side">
            <div className="tabs" role="tablist">
              {(['mismatches', 'ledger', 'map', 'notes'] as const).map((p) => (
                <button key={p} type="button" role="tab" aria-selected={panel === p} className={panel === p ? 'is-on' : ''} onClick={() => setPanel(p)} data-testid={`tab-${p}`}>
                  {t(`panel.${p}`)}
                  {p === 'mismatches' && <span className="count">{counts.open}</span>}
                  {p === 'notes' && project.annotations.length > 0 && <span className="count count--muted">{project.annotations.length}</span>}
                </button>
              ))}
            </div>
            <div className="tabpanel" role="tabpanel">
              {panel === 'mismatches' && <MismatchPanel comparison={comparison} annotations={project.annotations} selectedKey={selectedKey} onSelect={moveToMismatch} onAnnotate={annotate} />}
              {panel === 'notes' && (
                <NotesPanel
                  annotations={project.annotations}
                  versions={project.versions}
                  selectedId={selectedNote}
                  onOpen={openNote}
                  onRestore={(a) => setAnnotations(restoreAnnotation(project.annotations, a.id, new Date().toISOString()))}
                  onChange={(a, patch: AnnotationPatch) => setAnnotations(updateAnnotation(project.annotations, a.id, patch, new Date().toISOString()))}
                />
              )}
              {panel === 'ledger' && <LedgerView ledger={current?.ledger ?? []} versionNames={project.versions.map((v) => v.name)} verdicts={ledgerVerdicts} onAnnotate={(g) => noteOn({ type: 'ledger', what: ledgerTarget(g) })} onNavigate={(v, s) => { const al = project.alignments.findIndex((x) => x.b === v); const p = v === project.pivot ? pair : al; if (p >= 0) { setPair(p); const r = rowOfSentence(project.alignments[p].beads, v === project.pivot ? 'a' : 'b', s); if (r >= 0) setRow(r); } }} />}
              {panel === 'map' && alignment && <AlignmentMap beads={beads} countA={sentencesA.length} countB={sentencesB.length} selectedRow={row} flagged={flagged} onSelect={(r) => setRow(r)} />}
            </div>
          </aside>
        </div>
      </main>

      <footer className="statusbar" data-testid="status">
        <span data-testid="status-counts">
          {t('status.counts', { mismatches: counts.mismatches, open: counts.open, confirmed: counts.confirmed, matches: counts.matches })}
        </span>
        {alignment && <span>{t('status.beads', { count: beads.length })}</span>}
        {progress && (
          <span className="progress" data-testid="progress">
            {t(`status.stage.${progress.stage}`)} <progress max={1} value={progress.fraction} />
            <button type="button" onClick={cancel} data-testid="cancel">{t('common.cancel')}</button>
          </span>
        )}
        <span className="statusbar__notice" data-testid="notice">{notice ? t(notice.key, notice.params) : ''}</span>
      </footer>

      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      {pasting && (
        <PasteDialog
          canAdd={project.versions.length >= 2}
          onClose={() => setPasting(false)}
          onPaste={(target, name, text) => {
            setPasting(false);
            const bytes = new TextEncoder().encode(text).byteLength;
            void acceptText(target, { ok: true, value: { name, text, lang: detectLang(text), encoding: 'utf-8', format: 'text', bytes } });
          }}
        />
      )}
      {exporting && (
        <ExportDialog busy={exporting.busy} result={exporting.result} onExport={(f, s) => void doExport(f, s)} onShow={(p) => void api.showInFolder({ path: p })} onClose={() => setExporting(null)} />
      )}
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
