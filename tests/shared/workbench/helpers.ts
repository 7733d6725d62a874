/** A small two-version story (our own sentences) and a synchronous stand-in for the analysis worker. */
import { analyse, ledgerOf } from '../../../shared/pipeline';
import { sha256Hex } from '../../../shared/project/hash';
import { createProject } from '../../../shared/project/create';
import { analysePair, analysisAsked, analysisCovers, initialState, pairRequests, step, type Intent, type WorkbenchState } from '../../../shared/workbench';

export const STORY_A = [
  'Banjir bandang melanda Kecamatan Sukamaju pada Senin malam.',
  'Sebanyak 3 kompi personel gabungan dikirim untuk membantu evakuasi warga.',
  'Petugas mencatat 87 lansia harus dipindahkan ke posko darurat.',
  'Hujan deras turun selama 6 jam tanpa henti.',
  'Kerugian sementara ditaksir mencapai Rp 12 miliar.',
  'Sekitar 1.200 rumah terendam air setinggi satu meter.',
  'Pemerintah daerah menetapkan status tanggap darurat selama 14 hari.',
  'Bantuan logistik mulai tiba pada Selasa pagi.',
].join(' ');

export const STORY_B = [
  'Banjir bandang menerjang Kecamatan Sukamaju, Senin malam.',
  'Sebanyak 2 batalyon personel gabungan diterjunkan untuk mengevakuasi warga.',
  'Tercatat 78 lansia dipindahkan ke posko darurat.',
  'Hujan lebat mengguyur selama 6 jam.',
  'Kerugian sementara diperkirakan Rp 12 miliar.',
  'Lebih dari 1.500 rumah terendam setinggi satu meter.',
  'Status tanggap darurat ditetapkan selama 14 hari.',
  'Bantuan logistik tiba Selasa pagi.',
].join(' ');

export const NOW = '2026-12-02T13:00:00.000Z';

/** Runs what the worker would run for the state, and hands the result back as the worker does. */
export function settle(state: WorkbenchState): WorkbenchState {
  const project = state.history.present;
  if (project.versions.length === 0) return state;
  // (each version read as the app's worker reads it: line by line when it was opened so, by its language tag)
  const versions = analysisAsked(state).versions.map((v) => analyse(v.text, { lang: v.lang ?? 'auto', langTag: v.langTag, lines: v.lines }));
  const requests = pairRequests(state);
  const pairs = requests.map((p) => analysePair(versions[p.a], versions[p.b], p));
  const realigned = requests.flatMap((p, i) => (p.realign ? [i] : []));
  return step(state, {
    type: 'analysed',
    analysis: { texts: project.versions.map((v) => v.text), sides: requests.map((p) => [p.a, p.b]), result: { versions, pairs, ledger: ledgerOf(versions) } },
    realigned,
  });
}

/** As the app's worker loop does: the analysis runs only when the one in the state does not answer (`analysisCovers`). */
export function settleAsApp(state: WorkbenchState): WorkbenchState {
  return analysisCovers(state) ? state : settle(state);
}

/** Applies intents in order, running the analysis after each one as the app does. */
export function run(state: WorkbenchState, ...intents: Intent[]): WorkbenchState {
  let s = state;
  for (const i of intents) s = settle(step(s, i));
  return s;
}

/** The workbench with a project of the given texts, loaded and analysed. */
export function loaded(texts: string[] = [STORY_A, STORY_B], origin: 'user' | 'sample' = 'user'): WorkbenchState {
  return loadedIn(
    texts.map((text) => [text, 'id']),
    origin,
  );
}

/** The workbench with a project of the given texts in the given languages (each aligned with the first), loaded and analysed. */
export function loadedIn(versions: ReadonlyArray<readonly [string, 'id' | 'en']>, origin: 'user' | 'sample' = 'user'): WorkbenchState {
  const project = createProject(
    versions.map(([text, lang], i) => ({ name: `v${i + 1}.txt`, text, lang, hash: sha256Hex(text) })),
    versions.slice(1).map(() => ({ mode: 'parallel' as const, beads: [] })),
  );
  return settle(step(initialState(), { type: 'load', project, name: '', origin }));
}
