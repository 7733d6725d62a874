/**
 * Everything the workbench asks of the outside world through the API: opening texts and
 * projects, the sample, saving, exporting, the recovery copy (autosaved, debounced, also while a
 * note is being typed) and the warning before leaving with unsaved work. The rules of what an
 * opened text or a save does to the project are the model's; this hook only fetches and stores.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ExportFormat, ExportScope, OpenedProject, OpenedText, Result, SelarasApi } from '../../shared/api';
import { createProject, type VersionInput } from '../../shared/project/create';
import { serializeProject } from '../../shared/project/schema';
import { isProjectName } from '../../shared/formats/file-types';
import { versionsOutsideAnalysis, versionsWithoutText } from '../../shared/formats/lang-tags';
import { exportLosses, notReadList } from '../../shared/formats/losses';
import { analysisFits, isDirty, pairView, saveRequest, type Intent, type Notice, type WorkbenchState } from '../../shared/workbench';
import { bridgeEndpoint } from '../api';
import { pickFile, PROJECT_FILES } from '../api/bridge-client';
import { postRecoveryFromWorker, serializeInWorker } from '../worker/serialize';
import { hashText } from './hash';
import { commitPendingEdits, hasChangedEdits, hasPendingEdits, subscribePendingEdits } from './pending-edits';

export const APP = { name: 'Selaras', version: '0.1.0' };
/** How long a save or an export waits for the analysis of an edit it applied first (then it goes on without). */
const ANALYSIS_WAIT_MS = 60_000;
/** How long after the last change (a keystroke in a note included) the recovery copy is written. */
export const AUTOSAVE_MS = 1500;

async function toVersion(o: OpenedText): Promise<VersionInput> {
  return { name: o.name, text: o.text, lang: o.lang, ...(o.langTag ? { langTag: o.langTag } : {}), hash: await hashText(o.text), ...(o.path ? { sourcePath: o.path } : {}) };
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

export type ExportState = { busy: boolean; result: { path: string; name: string; canShow: boolean } | null } | null;

export function useDocumentIO(api: SelarasApi, state: WorkbenchState, dispatch: Dispatch<Intent>, setError: (e: ApiError | null) => void) {
  const { t, i18n } = useTranslation();
  const project = state.history.present;
  // (text typed in a pane's Edit mode and not applied yet is unsaved work too)
  const typing = useSyncExternalStore(subscribePendingEdits, hasChangedEdits);
  const dirty = isDirty(state) || typing;
  const [recovery, setRecovery] = useState<OpenedProject | null>(null);
  // (while the copy found at start is offered, nothing but the user's answer to the offer removes it)
  const offeredRef = useRef(false);
  offeredRef.current = recovery !== null;
  const clearRecoveryUnlessOffered = useCallback(() => (offeredRef.current ? Promise.resolve(null) : api.clearRecovery(null)), [api]);
  const [recent, setRecent] = useState<Array<{ name: string; path: string }>>([]);
  const [exporting, setExporting] = useState<ExportState>(null);
  /** The autosave in flight, if any (awaited before the recovery copy is cleared). */
  const autosaving = useRef<Promise<void>>(Promise.resolve());

  /** Opens the sample pair; false when it could not be read (the error is shown). */
  const loadSample = useCallback(async (): Promise<boolean> => {
    const result = await api.loadSample(null);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    const versions = await Promise.all(result.value.versions.map(toVersion));
    const sample = createProject(versions, versions.slice(1).map(() => ({ mode: 'parallel' as const, beads: [] })));
    // What opened replaces what failed before: an old error must not stand beside the new state.
    setError(null);
    dispatch({ type: 'load', project: sample, name: '', origin: 'sample' });
    dispatch({ type: 'notice', notice: { key: 'status.sampleOpened' } });
    return true;
  }, [api, dispatch, setError]);

  const applyOpened = useCallback(
    (opened: OpenedProject) => {
      const name = opened.path ? (opened.path.split(/[\\/]/).pop() ?? opened.name) : opened.name;
      // Languages outside figure analysis (a French TM) are said plainly, not guessed.
      const outside = versionsOutsideAnalysis(opened.project.versions);
      const empty = versionsWithoutText(opened.project.versions);
      const warnings: Notice[] = [
        ...opened.sourceChanges.map((c) => ({
          key: c.status === 'changed' ? 'warnings.sourceChanged' : 'warnings.sourceMissing',
          params: { name: opened.project.versions.find((v) => v.id === c.versionId)?.name ?? c.versionId, path: c.path },
        })),
        ...(outside.length ? [{ key: 'bilingual.outsideAnalysis', params: { versions: outside.join(', ') } }] : []),
        // (a TMX/XLIFF file of one language opens against an empty version: said)
        ...(opened.from && empty.length ? [{ key: 'bilingual.withoutText', params: { versions: empty.join(', ') } }] : []),
        // What the opened TMX/XLIFF holds that Selaras does not read is said, never dropped silently.
        ...(opened.notRead ? [{ key: 'formats2.dropped', params: { name: opened.notRead.file, list: notReadList(opened.notRead.elements) } }] : []),
        ...(opened.notices ?? []),
      ];
      setError(null);
      // (a TMX/XLIFF file just opened holds nothing of the user's that the file does not: no question before New)
      dispatch({ type: 'load', project: opened.project, path: opened.path, name, dirty: (!opened.path && !opened.from) || !!opened.recovered, recovered: !!opened.recovered, warnings, ...(opened.pair !== undefined ? { pair: opened.pair } : {}) });
      // A TMX/XLIFF file opens as a new project: the notice names the file the user chose and the project's name.
      if (opened.from) dispatch({ type: 'notice', notice: { key: 'status.openedAsProject', params: { file: opened.from, name } } });
      else if (!opened.recovered) dispatch({ type: 'notice', notice: { key: 'status.opened', params: { name } } });
    },
    [dispatch, setError],
  );

  const acceptText = useCallback(
    async (slot: 'a' | 'b' | 'add', result: Result<OpenedText | null>) => {
      if (!result.ok) return setError(result.error);
      if (!result.value) return;
      setError(null);
      const version = await toVersion(result.value);
      // a text in a language outside figure analysis (told by its words) is said plainly, as for a TMX
      const outside = versionsOutsideAnalysis([version]);
      const warnings: Notice[] = [
        ...(result.value.uncertainEncoding ? [{ key: 'warnings.uncertainEncoding', params: { name: version.name, encoding: result.value.encoding } }] : []),
        ...(outside.length ? [{ key: 'bilingual.outsideAnalysis', params: { versions: outside.join(', ') } }] : []),
      ];
      dispatch({ type: 'open-text', slot, version, warnings });
    },
    [dispatch, setError],
  );

  /**
   * Asks before unsaved work is replaced, once the project to open has been read: false when the user keeps it; else what replacing it must do
   * once another project has really opened (`done`: drop the work's recovery copy, after any autosave on
   * its way). A failed or cancelled open keeps the work and its recovery copy.
   */
  const confirmDiscard = useCallback((): false | { done: () => void } => {
    if (!dirty) return { done: () => {} };
    if (!window.confirm(t('dialogs.discardChanges'))) return false;
    return { done: () => void autosaving.current.then(clearRecoveryUnlessOffered) };
  }, [dirty, t, clearRecoveryUnlessOffered]);

  const openText = useCallback(async (slot: 'a' | 'b' | 'add') => acceptText(slot, await api.openTextFile({ slot: slot === 'a' ? 'a' : 'b' })), [api, acceptText]);

  const dropText = useCallback(
    async (slot: 'a' | 'b', file: File) => {
      if (isProjectName(file.name)) {
        // (read first: a file that cannot be opened asks nothing and changes nothing)
        const result = await api.openProjectBytes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        if (!result.ok) return setError(result.error);
        const discard = confirmDiscard();
        if (!discard) return;
        applyOpened(result.value);
        return discard.done();
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      await acceptText(slot, await api.readDroppedFile({ name: file.name, bytes }));
    },
    [api, acceptText, applyOpened, setError, confirmDiscard],
  );

  const openProject = useCallback(async () => {
    const info = await api.appInfo(null);
    let result: Result<OpenedProject | null>;
    if (info.edition === 'desktop') result = await api.openProject(null);
    else {
      // No native dialog in a browser: the page picks the file.
      const file = await pickFile(PROJECT_FILES);
      result = file ? await api.openProjectBytes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }) : { ok: true, value: null };
    }
    if (!result.ok) return setError(result.error);
    if (!result.value) return;
    // (asked once the chosen file is read: a file that cannot be opened asks nothing and changes nothing)
    const discard = confirmDiscard();
    if (!discard) return;
    applyOpened(result.value);
    discard.done();
  }, [api, confirmDiscard, applyOpened, setError]);

  const save = useCallback(
    async (saveAs: boolean) => {
      if (project.versions.length === 0) return;
      const saving = project;
      const request = saveRequest(state, saveAs);
      const result = await api.saveProject({ json: serializeProject(saving, { app: APP, ...(state.pair > 0 ? { view: { pair: state.pair } } : {}) }), name: request.name, ...(request.path ? { path: request.path } : {}) });
      if (!result.ok) return setError(result.error);
      if (!result.value) return;
      dispatch({ type: 'saved', path: result.value.path, name: result.value.name, project: saving });
      // (the project saved is the most recent now: the list says so without a reload)
      void api.listRecentProjects(null).then(setRecent, () => undefined);
      // An autosave still on its way must not land after the recovery copy is cleared.
      await autosaving.current;
      await clearRecoveryUnlessOffered();
    },
    [api, project, state, dispatch, setError, clearRecoveryUnlessOffered],
  );

  const openRecentProject = useCallback(
    async (file: string) => {
      const result = await api.openRecentProject({ path: file });
      if (!result.ok) return setError(result.error);
      // (asked once the file is read: one that cannot be opened asks nothing and changes nothing)
      const discard = confirmDiscard();
      if (!discard) return;
      applyOpened(result.value);
      discard.done();
    },
    [api, confirmDiscard, applyOpened, setError],
  );

  const doExport = useCallback(
    async (format: ExportFormat, scope: ExportScope) => {
      if (!pairView(state).alignment) return;
      setExporting({ busy: true, result: null });
      const name = (state.name || project.versions[0]?.name || 'selaras').replace(/\.[^.]+$/, '');
      const uiLang = i18n.language === 'id' ? 'id' : 'en';
      const result = await api.exportProject({ json: serializeProject(project, { app: APP }), pair: state.pair, format, scope, name, uiLang });
      if (!result.ok) {
        setExporting(null);
        return setError(result.error);
      }
      if (!result.value) return setExporting({ busy: false, result: null });
      if (result.value.bytes) download(result.value.name, result.value.bytes);
      setExporting({ busy: false, result: { path: result.value.path, name: result.value.name, canShow: !result.value.bytes } });
      // What the format could not carry is said in the status line, never dropped silently.
      const losses = [...exportLosses(format, project, state.pair, scope), ...(result.value.losses ?? [])];
      // (a notice of an earlier export's losses must not stand beside this one)
      // (several are counted there, and listed in the export dialog, which stays open: a status line of six sentences is not read)
      if (losses.length > 1) dispatch({ type: 'notice', notice: { key: 'formats2.warningCount', params: { count: losses.length, format: String(losses[0].params?.format ?? format) } } });
      else if (losses.length) dispatch({ type: 'notice', notice: { key: 'formats2.warningList', list: losses } });
      else dispatch({ type: 'notice', notice: { key: 'status.exported', params: { name: result.value.name } } });
    },
    [api, project, state, setError, i18n, dispatch, t],
  );

  // Start: offer the recovery copy, then open the sample.
  useEffect(() => {
    void (async () => {
      const rec = await api.readRecovery(null);
      if (rec.ok && rec.value) setRecovery(rec.value);
      await loadSample();
      setRecent(await api.listRecentProjects(null));
    })();
  }, []);

  // Autosave (debounced) while there are unsaved changes: compact JSON made in a worker. While the copy found at
  // start is offered, beside it (`aside`): the work of now never overwrites the work of then.
  const offered = recovery !== null;
  // (a recovery copy that could not be written is said once, until one is written again: work would be lost silently)
  const autosaveFailed = useRef(false);
  const autosave = useCallback(
    (work: typeof project, path: string | undefined, name: string, aside: boolean) => {
      const bridge = bridgeEndpoint();
      autosaving.current = (
        bridge
          ? postRecoveryFromWorker(work, APP, bridge, path, name, aside)
          : serializeInWorker(work, APP)
              .then((json) => api.writeRecovery({ json, ...(path ? { projectPath: path } : {}), ...(name ? { name } : {}), ...(aside ? { aside } : {}) }))
              .then((r) => r.ok)
      )
        .then(
          (written) => written,
          () => false,
        )
        .then((written) => {
          if (!written && !autosaveFailed.current) dispatch({ type: 'notice', notice: { key: 'status.autosaveFailed' } });
          autosaveFailed.current = !written;
        });
    },
    [api, dispatch],
  );
  useEffect(() => {
    if (!dirty || project.versions.length === 0) return;
    const timer = setTimeout(() => autosave(project, state.path, state.name, offered), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, project, state.path, state.name, offered, autosave]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.title = `${dirty ? '● ' : ''}${state.name || t('app.untitled')} — Selaras`;
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, state.name, t]);

  // (work done since the page opened is not replaced without asking)
  const restoreRecovery = useCallback(() => {
    if (!recovery || !confirmDiscard()) return;
    applyOpened(recovery);
    setRecovery(null);
  }, [recovery, applyOpened, confirmDiscard]);
  // (the offered copy goes; the work of now, kept beside it, is autosaved in its place at once)
  const discardRecovery = useCallback(() => {
    const now = dirty && project.versions.length > 0 ? { project, path: state.path, name: state.name } : null;
    setRecovery(null);
    void autosaving.current.then(() => api.clearRecovery(null)).then(() => {
      if (now) autosave(now.project, now.path, now.name, false);
    });
  }, [api, dirty, project, state.path, state.name, autosave]);

  const newProject = useCallback(() => {
    const discard = confirmDiscard();
    if (!discard) return;
    dispatch({ type: 'new' });
    discard.done();
  }, [confirmDiscard, dispatch]);
  const sample = useCallback(() => {
    const discard = confirmDiscard();
    if (discard) void loadSample().then((opened) => opened && discard.done());
  }, [confirmDiscard, loadSample]);

  // Each document action first applies an edit in progress in a pane (as its Done button does): a save holds
  // what the pane shows, and an open, the sample or a restore asks about that work instead of the pane
  // writing its old text over the new document. The action runs once the edit is in the state (App's
  // editVersion renders it at once), on the state that holds it.
  const now = { openText, dropText, acceptText, openProject, openRecentProject, save, doExport, newProject, sample, restoreRecovery };
  const latest = useRef(now);
  latest.current = now;
  // (a save or an export waits for the analysis of the texts as they are: the file holds the rows the screen shows)
  const current = useRef(state);
  current.current = state;
  const analysed = () =>
    new Promise<void>((resolve) => {
      const until = Date.now() + ANALYSIS_WAIT_MS;
      const tick = () => (analysisFits(current.current) || current.current.history.present.versions.length < 2 || Date.now() > until ? resolve() : setTimeout(tick, 50));
      tick();
    });
  const actions = useMemo(() => {
    type Actions = typeof latest.current;
    const after =
      <K extends keyof Actions>(name: K) =>
      (...args: Parameters<Actions[K]>): Promise<unknown> | unknown => {
        const run = () => (latest.current[name] as (...a: Parameters<Actions[K]>) => unknown)(...args);
        if (!hasPendingEdits()) return run();
        const writes = name === 'save' || name === 'doExport';
        return commitPendingEdits().then((changed) => (changed && writes ? analysed().then(run) : run()));
      };
    return {
      openText: after('openText') as Actions['openText'],
      dropText: after('dropText') as Actions['dropText'],
      acceptText: after('acceptText') as Actions['acceptText'],
      openProject: after('openProject') as Actions['openProject'],
      openRecentProject: after('openRecentProject') as Actions['openRecentProject'],
      save: after('save') as Actions['save'],
      doExport: after('doExport') as Actions['doExport'],
      newProject: after('newProject') as Actions['newProject'],
      sample: after('sample') as Actions['sample'],
      restoreRecovery: after('restoreRecovery') as Actions['restoreRecovery'],
    };
  }, []);

  return { dirty, recovery, discardRecovery, recent, exporting, setExporting, ...actions };
}
