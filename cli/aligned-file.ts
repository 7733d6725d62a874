/**
 * A file that holds versions already aligned (TMX, XLIFF, a `.selaras` project), read for a check:
 * its first aligned pair, each version analysed as the app analyses it (a TMX/XLIFF unit is one
 * line), the beads as the file gives them. Shared by `check FILE` and a batch job's `"file"`.
 */
import type { AnalysedVersion, AnalyseOptions, LangChoice, StageMark } from '../shared/pipeline';
import { alignedFileLang, type LangOption } from '../shared/text/lang-tags';
import type { PairAlignment, Project } from '../shared/project/types';
import { blankSentences, untranslatedParts } from '../shared/drift/untranslated';
import { filePairIndex, readAlignedVersions } from './bilingual';
import { CliError } from './io';
import { loadGlossary } from './glossary';

export interface AlignedFile {
  project: Project;
  pair: PairAlignment;
  a: AnalysedVersion;
  b: AnalysedVersion;
  /** True for a TMX or XLIFF file read now (its one-sided units are untranslated), false for a saved project. */
  fromFile?: boolean;
}

/**
 * The A sentences of the pair's untranslated parts (not compared): in a TMX or XLIFF file read now, every unit or
 * segment without a target; in a saved project, as the app counts them, only those of beads a file gave (a
 * one-sided bead the aligner made is a sentence dropped, whose figures are missing drifts).
 */
export function untranslatedOf(read: AlignedFile): number[][] {
  const beads = read.pair.beads;
  return untranslatedParts(read.fromFile ? beads : beads.filter((bd) => bd.origin !== undefined), blankSentences(read.b));
}

export interface AlignedFileOptions {
  /** Two languages of a multilingual TMX. */
  pair?: [string, string];
  /**
   * The user's languages (`--lang-a`, `--lang-b`, a job's `langA`/`langB`): Indonesian or English override the file's
   * (see `alignedFileLang`); another language's tag names a version whose tag the file did not give (`en-x-b`, a second
   * version of side A's language), where a tag the file gave names it better.
   */
  langA?: LangOption;
  langB?: LangOption;
  mark?: StageMark;
  /** The analysis to run (the command line's cached check code, or the module). */
  analyse: (text: string, options: AnalyseOptions) => AnalysedVersion;
  /** Told, in English, what the user should know (a project of more than two versions). */
  note?: (message: string) => void;
  /** The project's aligned pair to check (default 0: the first); see projectPairIndex. */
  pairIndex?: number;
}

/**
 * The first aligned pair of a project read from `file` (TMX, XLIFF, `.selaras`: see
 * {@link readProjectFile}), its two versions analysed. Reading the project and analysing it are
 * two steps so that a caller may note the input's size before the analysis code loads (cli/jit).
 */
export function alignedPairOf(project: Project, file: string, options: AlignedFileOptions): AlignedFile {
  const pair = project.alignments[options.pairIndex ?? 0];
  if (!pair) throw new CliError(`${file}: the project has no aligned pair to check`);
  if (project.alignments.length > 1 && options.pairIndex === undefined) {
    options.note?.(`${file} holds ${project.versions.length} versions; checking the first pair (${project.versions[pair.a].name}, ${project.versions[pair.b].name}; --pair 1,3 checks another)`);
  }
  const read = (i: number, option: LangOption | undefined): AnalysedVersion => {
    const v = project.versions[i];
    const lang = option ? alignedFileLang(option) : 'auto';
    // (the option as a whole, `{ lang: 'en', langTag: 'fr' }`, where the file gave the version no tag of its own)
    const named = option?.langTag && /-x-b$/i.test(v.langTag ?? '') ? option : undefined;
    const chosen: { lang: LangChoice; langTag?: string } = lang !== 'auto' ? { lang } : (named ?? { lang: v.lang, langTag: v.langTag });
    return options.analyse(v.text, { ...chosen, lines: v.segmentation === 'lines', mark: options.mark });
  };
  return { project, pair, a: read(pair.a, options.langA), b: read(pair.b, options.langB) };
}

/**
 * The term pairs that guide the check of a project's pair: those of the termbase FILE the user gave
 * (`--glossary`, a job's `glossary`), else those of the project's own termbase (none: empty).
 */
export async function glossaryOf(project: Project, a: AnalysedVersion, b: AnalysedVersion, file?: string): Promise<Array<[string, string]>> {
  if (file !== undefined) return loadGlossary(file, a.lang, b.lang);
  return project.termbase ? (await import('../shared/termbase')).glossaryPairs(project.termbase, a.lang, b.lang) : [];
}

/**
 * Reads FILE's aligned pair, or null when FILE is not a TMX, XLIFF or `.selaras` file: for a TMX, the two
 * languages `pair` names; for a project, the pair of versions it names (see projectPairIndex), else the first.
 */
export async function readAlignedFile(file: string, options: AlignedFileOptions): Promise<AlignedFile | null> {
  const read = await readAlignedVersions(file, options.pair);
  if (!read) return null;
  const pairIndex = filePairIndex(read, options.pair, file) ?? options.pairIndex;
  return { ...alignedPairOf(read.project, file, { ...options, pairIndex }), fromFile: read.imported !== undefined };
}
