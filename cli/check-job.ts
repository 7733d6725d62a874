/**
 * One comparison of two versions as `selaras check --json` prints it, shared by `check` and the
 * workers of `selaras batch` (one definition of the result's JSON).
 */
import type { AnalysedVersion, StageMark } from '../shared/pipeline';
import type { Alignment, AlignOptions } from '../shared/align/types';
import type { Lexicon } from '../shared/align/lexicon';
import { analyse, alignVersions, checkVersions } from '../shared/pipeline';
import { levelOf } from '../shared/drift';
import { parseLangOption, type LangOption } from '../shared/text/lang-tags';
import { checkResultJson, dismissedByUser, withReviews, type ReviewedMismatch } from './check-json';
import type { Mismatch } from '../shared/drift/types';
import { readVersionFile } from './io';
import { loadLexiconFor } from './resources';
import { loadGlossary } from './glossary';
import { untranslatedOf, type AlignedFile } from './aligned-file';

export { beadJson, checkResultJson, modeSuggested } from './check-json';

/**
 * One line of a batch: two files (`a`, `b`), two texts (`aText`, `bText`), or one file holding both
 * versions already aligned (`file`: TMX, XLIFF or `.selaras`; `pair` picks two languages of a
 * multilingual TMX, or two versions of a project), options optional.
 */
export interface CheckJob {
  id?: unknown;
  file?: unknown;
  pair?: unknown;
  a?: unknown;
  b?: unknown;
  aText?: unknown;
  bText?: unknown;
  langA?: unknown;
  langB?: unknown;
  mode?: unknown;
  lines?: unknown;
  /** A termbase file (TBX, CSV or TSV): guides the alignment and pairs names. */
  glossary?: unknown;
}

/** A job the user got wrong (a missing field, a bad option): its message goes into the result line. */
export class JobError extends Error {}

/** A job's `"langA"`/`"langB"`: `auto` (absent), `id`, `en` or any language tag (`de`, `fr-CH`). */
function langOf(job: CheckJob, key: 'langA' | 'langB'): LangOption {
  const v = job[key];
  if (v === undefined) return { lang: 'auto' };
  const parsed = typeof v === 'string' ? parseLangOption(v) : undefined;
  if (!parsed) throw new JobError(`"${key}" must be id, en, auto or a language tag (de, fr-CH, pt-BR)`);
  return parsed;
}

async function textOf(job: CheckJob, side: 'a' | 'b'): Promise<string> {
  const file = job[side];
  const text = job[`${side}Text`];
  if (typeof text === 'string') {
    if (file !== undefined) throw new JobError(`give "${side}" or "${side}Text", not both`);
    if (text.trim() === '') throw new JobError(`"${side}Text" is empty`);
    return text;
  }
  if (text !== undefined) throw new JobError(`"${side}Text" must be a string`);
  if (typeof file !== 'string' || file === '') throw new JobError(`"${side}" (a file path) or "${side}Text" is required`);
  return readVersionFile(file);
}

/** A job's `"file"`: read with its `"pair"`; the fields of two versions may not come with it. */
async function alignedFileOf(job: CheckJob, langA: LangOption, langB: LangOption, mark: StageMark): Promise<AlignedFile> {
  if (typeof job.file !== 'string' || job.file === '') throw new JobError('"file" must be a file path');
  for (const k of ['a', 'b', 'aText', 'bText', 'lines', 'mode'] as const) {
    if (job[k] !== undefined) throw new JobError(`give "file" alone (its versions are aligned already), not with "${k}"`);
  }
  if (job.pair !== undefined && typeof job.pair !== 'string') throw new JobError('"pair" must be two language tags, as "en-US,fr-FR" (of a project: two versions, as "1,3")');
  // (the TMX/XLIFF readers load only for such a job: a batch of plain pairs starts its workers without them)
  const [{ readAlignedFile }, { parsePair }] = await Promise.all([import('./aligned-file'), import('./bilingual')]);
  const read = await readAlignedFile(job.file, { pair: parsePair(job.pair as string | undefined), langA, langB, mark, analyse });
  if (!read) throw new JobError(`"file" must be a TMX, XLIFF or .selaras file (${job.file} is not one); give "a" and "b" for two versions`);
  mark('read');
  return read;
}

/**
 * Runs one job: reads, analyses, aligns and compares; returns the JSON of `check`. `mark` is told
 * when each stage ends (read, segment, figures, entities, lexicon, align, compare figures,
 * compare names, result), for timings.
 */
export async function runCheckJob(job: CheckJob, mark: StageMark = () => {}): Promise<{ json: Record<string, unknown>; mismatches: number }> {
  if (job === null || typeof job !== 'object' || Array.isArray(job)) throw new JobError('a job must be a JSON object');
  const mode = job.mode ?? 'parallel';
  if (mode !== 'parallel' && mode !== 'comparable') throw new JobError('"mode" must be parallel or comparable');
  if (job.lines !== undefined && typeof job.lines !== 'boolean') throw new JobError('"lines" must be true or false');
  const lines = job.lines === true;
  const langA = langOf(job, 'langA');
  const langB = langOf(job, 'langB');
  if (job.glossary !== undefined && (typeof job.glossary !== 'string' || job.glossary === '')) throw new JobError('"glossary" must be a file path');
  let a: AnalysedVersion;
  let b: AnalysedVersion;
  let alignment: Alignment;
  let glossary: Array<[string, string]> | undefined;
  let lexicon: Lexicon | null;
  let reviewsOf: ((ms: Mismatch[]) => ReviewedMismatch[]) | undefined;
  let read: AlignedFile | undefined;
  if (job.file !== undefined) {
    // Versions already aligned: compared bead by bead as the file pairs them, as `check FILE` does.
    const aligned = await alignedFileOf(job, langA, langB, mark);
    read = aligned;
    ({ a, b } = aligned);
    lexicon = await loadLexiconFor(a.lang, b.lang);
    mark('lexicon');
    const { glossaryOf } = await import('./aligned-file');
    glossary = await glossaryOf(aligned.project, a, b, job.glossary as string | undefined);
    if (!glossary.length) glossary = undefined;
    alignment = { mode: aligned.pair.mode, beads: aligned.pair.beads };
    // (as `check FILE`: each mismatch with the user's verdict and notes in the file's project)
    reviewsOf = (ms) => withReviews(aligned.project, aligned.pair, ms);
  } else {
    const textA = await textOf(job, 'a');
    const textB = await textOf(job, 'b');
    mark('read');
    a = analyse(textA, { lang: langA.lang, ...(langA.langTag ? { langTag: langA.langTag } : {}), lines, mark });
    b = analyse(textB, { lang: langB.lang, ...(langB.langTag ? { langTag: langB.langTag } : {}), lines, mark });
    lexicon = await loadLexiconFor(a.lang, b.lang);
    mark('lexicon');
    glossary = typeof job.glossary === 'string' ? await loadGlossary(job.glossary, a.lang, b.lang) : undefined;
    const options: AlignOptions = { mode, ...(lexicon ? { lexicon } : {}), ...(glossary ? { glossary } : {}) };
    alignment = alignVersions(a, b, options);
    mark('align');
  }
  // As `check FILE`: a unit or segment without a target is untranslated, its figures not compared.
  const untranslated = read ? untranslatedOf(read) : undefined;
  const { comparison } = checkVersions(a, b, { beads: alignment.beads, glossary, lexicon: lexicon ?? undefined, mark, untranslated });
  // Like `check`, a job counts as finding something only when a mismatch is a `drift` the user did not dismiss.
  const mismatches = reviewsOf ? reviewsOf(comparison.mismatches) : comparison.mismatches;
  const result = {
    json: checkResultJson(a, b, alignment, { ...comparison, mismatches }, untranslated),
    mismatches: mismatches.filter((m) => levelOf(m) === 'drift' && !dismissedByUser(m)).length,
  };
  mark('result');
  return result;
}
