/** The `selaras` commands. Each parses its own options and returns an exit code. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError, type OptionSpec } from './args';
import { CliError, checkOutputs, printJson, readVersionFile, writeOutput, writeOutputs } from './io';
import { EXPORT_FORMATS } from '../shared/limits';
import type { CommandName } from './help';
import { loadGlossary } from './glossary';
import type { AnalysedVersion, StageMark } from '../shared/pipeline';
import { parseLangOption, type LangOption } from '../shared/text/lang-tags';
import { printTiming, timerFromEnv } from './timing';
import type { Figure } from '../shared/figures/types';
import type { Project } from '../shared/project/types';
import type { Comparison } from '../shared/drift/types';
import type { ReviewedMismatch } from './check-json';
import type { Alignment } from '../shared/align/types';

// Start-up stays fast: each command loads the modules it needs (the text core, the exporters,
// the lexicon, the project schema) when it runs, not when the command line starts.
const pipelineModule = () => import('../shared/pipeline');

type CheckCore = typeof import('./check-core');
let checkCore: Promise<CheckCore> | null = null;
/**
 * What `align` and `check` run once a file is read (./check-core): in the bundle, its CommonJS
 * script with V8's code cache (dist/cli/check-core.cjs, see ./code-cache); from the sources, the module.
 */
function checkCoreModule(): Promise<CheckCore> {
  return (checkCore ??= (async () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
    const script = path.join(dir, 'check-core.cjs');
    if (!existsSync(script)) return import('./check-core');
    const { loadCachedScript } = await import('./code-cache');
    return loadCachedScript<CheckCore>(script, path.join(dir, 'check-core.cache')).exports;
  })());
}
const exportModule = () => import('./export');
const projectCreateModule = () => import('../shared/project/create');
const projectSchemaModule = () => import('../shared/project/schema');

declare const __SELARAS_VERSION__: string;

/** The `.selaras` text of a project, checked to load back before anything is written. */
async function projectText(project: Project, comparison: Comparison, pair: { a: number; b: number } = { a: 0, b: 1 }): Promise<string> {
  const { serializeProject, parseProject } = await projectSchemaModule();
  const version = typeof __SELARAS_VERSION__ === 'string' ? __SELARAS_VERSION__ : '0.0.0';
  const text = serializeProject(project, { app: { name: 'Selaras', version }, comparison: { pairs: [{ a: pair.a, b: pair.b, ...comparison }] } });
  const back = parseProject(text);
  if (!back.ok) throw new CliError(`the project could not be saved: ${back.error.message}`);
  return text;
}

/** A command: parses its arguments (after the command name) and returns the exit code. Its help is in ./help. */
export interface Command {
  run(argv: string[]): Promise<number>;
}

const LANG = { value: true } as const;
const COMMON: Record<string, OptionSpec> = { json: {}, lines: {} };

/** A version's language option (`--lang-a`, else `--lang`): `auto`, `id`, `en` or any language tag (`de`, `fr-CH`). */
function langOf(options: Record<string, string | true>, name: string): LangOption {
  const given = options[name] !== undefined ? name : 'lang';
  const v = options[given] ?? 'auto';
  const parsed = parseLangOption(v === true ? 'auto' : v);
  if (!parsed) throw new UsageError(`--${given} must be id, en, auto or a language tag (de, fr-CH, pt-BR), not "${String(v)}"`);
  return parsed;
}

/** `1 match`, `2 matches`. */
const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function needFiles(positional: string[], count: number, usage: string): string[] {
  if (positional.length !== count) throw new UsageError(`expected ${count === 1 ? 'one file' : `${count} files`} (usage: ${usage})`);
  return positional;
}

/** How much of a version a command reads (see {@link load}). */
type Reading = 'all' | 'figures' | 'sentences';

/**
 * Reads and analyses one version: everything, only its sentences and figures (no names or
 * attributions: segment, figures, ledger), or only its sentences, as alignment needs.
 */
async function load(
  file: string,
  lang: LangOption,
  lines: boolean,
  mark?: StageMark,
  reading: Reading = 'all',
  code: () => Promise<Pick<CheckCore, 'analyse'>> = pipelineModule,
): Promise<AnalysedVersion> {
  // node:v8 (for ./jit) loads only for the commands that read a text.
  const [text, { noteInput }] = await Promise.all([readVersionFile(file), import('./jit')]);
  // A one-off run on a few pages: no optimizing compiler (see ./jit). Set before the analysis
  // code is compiled: V8 takes a code cache only under the flags it was made with (./code-cache).
  noteInput(text.length);
  mark?.('read');
  const { analyse } = await code();
  mark?.('load code');
  return analyse(text, { lang: lang.lang, ...(lang.langTag ? { langTag: lang.langTag } : {}), lines, mark, entities: reading === 'all', figures: reading !== 'sentences' });
}

function figureLine(f: Figure, formatValue: (f: Figure) => string): string {
  const extra = [f.qualifier !== 'exact' ? f.qualifier : '', f.unit ?? '', f.currency ?? '', f.ambiguous ? 'ambiguous' : '']
    .filter(Boolean)
    .join(' ');
  return `  s${f.sentence}\t${f.kind}\t${formatValue(f)}\t${extra}\t“${f.text}”`;
}

const segment: Command = {
  async run(argv) {
    const { positional, options } = parseArgs(argv, { ...COMMON, lang: LANG });
    const [file] = needFiles(positional, 1, 'selaras segment FILE');
    // Sentences only: figures, names and attributions are not read (no output shows them).
    const v = await load(file, langOf(options, 'lang'), !!options.lines, undefined, 'sentences');
    if (options.json) {
      printJson({ lang: v.lang, ...(v.langTag ? { langTag: v.langTag } : {}), sentences: v.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end })) });
    } else {
      process.stdout.write(`${file}: ${v.sentences.length} sentences (${v.langTag ?? v.lang})\n`);
      v.sentences.forEach((s, i) => process.stdout.write(`${i}\t${s.text}\n`));
    }
    return 0;
  },
};

const figures: Command = {
  async run(argv) {
    const { positional, options } = parseArgs(argv, { ...COMMON, lang: LANG });
    const [file] = needFiles(positional, 1, 'selaras figures FILE');
    // Sentences and figures only: names and attributions are not read (no output shows them).
    const v = await load(file, langOf(options, 'lang'), !!options.lines, undefined, 'figures');
    if (options.json) printJson({ lang: v.lang, ...(v.langTag ? { langTag: v.langTag } : {}), figures: v.figures });
    else {
      process.stdout.write(`${file}: ${v.figures.length} figures in ${v.sentences.length} sentences (${v.langTag ?? v.lang})\n`);
      const { formatValue } = await import('../shared/figures');
      for (const f of v.figures) process.stdout.write(`${figureLine(f, formatValue)}\n`);
    }
    return 0;
  },
};

const TWO_FILE: Record<string, OptionSpec> = {
  ...COMMON,
  lang: LANG,
  'lang-a': LANG,
  'lang-b': LANG,
  mode: { value: true, choices: ['parallel', 'comparable'] },
  glossary: { value: true },
};

async function loadPair(positional: string[], options: Record<string, string | true>, usage: string, mark?: StageMark, reading: Exclude<Reading, 'figures'> = 'all') {
  const [fa, fb] = needFiles(positional, 2, usage);
  const lines = !!options.lines;
  const a = await load(fa, langOf(options, 'lang-a'), lines, mark, reading, checkCoreModule);
  const b = await load(fb, langOf(options, 'lang-b'), lines, mark, reading, checkCoreModule);
  const mode = (options.mode as 'parallel' | 'comparable' | undefined) ?? 'parallel';
  const { loadLexiconFor } = await checkCoreModule();
  const lexicon = await loadLexiconFor(a.lang, b.lang);
  mark?.('lexicon');
  const glossary = typeof options.glossary === 'string' ? await loadGlossary(options.glossary, a.lang, b.lang) : null;
  if (glossary) mark?.('glossary');
  return { fa, fb, a, b, alignOptions: { mode, ...(lexicon ? { lexicon } : {}), ...(glossary ? { glossary } : {}) } };
}

/** Said on stderr when the mode used is not the one that fits the two versions. */
const MODE_NOTE = {
  comparable: 'note: these versions do not read as translations of each other (their shared facts come in another order); try --mode comparable',
  parallel: 'note: these versions read as translations of each other; --mode parallel (the default) pairs them in order',
} as const;

const alignCmd: Command = {
  async run(argv) {
    const timer = timerFromEnv();
    const { positional, options } = parseArgs(argv, TWO_FILE);
    // Alignment reads no figures, names or attributions: skip them (most of the reading time on long files).
    const { a, b, alignOptions } = await loadPair(positional, options, 'selaras align FILE_A FILE_B', timer?.mark, 'sentences');
    const { alignVersions, beadJson, modeSuggested } = await checkCoreModule();
    const alignment = alignVersions(a, b, alignOptions);
    timer?.mark('align');
    const suggested = modeSuggested(alignment);
    if (options.json) printJson({ langA: a.lang, langB: b.lang, mode: alignment.mode, modeSuggested: suggested, beads: alignment.beads.map(beadJson) });
    else {
      if (suggested !== alignment.mode) process.stderr.write(`${MODE_NOTE[suggested]}\n`);
      for (const bead of alignment.beads) {
        const left = bead.a.map((i) => a.sentences[i].text).join(' ');
        const right = bead.b.map((i) => b.sentences[i].text).join(' ');
        process.stdout.write(`[${bead.a.join(',')}]:[${bead.b.join(',')}]\t${bead.score.toFixed(2)}\t${left.slice(0, 60)}\t${right.slice(0, 60)}\n`);
      }
    }
    timer?.mark('result');
    printTiming(timer);
    return 0;
  },
};

/**
 * The first aligned pair of a file that holds versions already aligned (TMX, XLIFF, `.selaras`),
 * read as the app reads it: each version analysed as it is segmented (a TMX/XLIFF unit is one
 * line), the beads kept as the file gives them. Null when the file is not one of these.
 */
async function loadAlignedFile(file: string, options: Record<string, string | true>, mark?: StageMark) {
  const [{ parsePair, filePairIndex, readAlignedVersions }, { alignedPairOf, glossaryOf, untranslatedOf }, { noteInput }] = await Promise.all([
    import('./bilingual'),
    import('./aligned-file'),
    import('./jit'),
  ]);
  const pairOption = parsePair(options.pair);
  const read0 = await readAlignedVersions(file, pairOption, options['lang-ui'] === 'id' ? 'id' : 'en');
  if (!read0) return null;
  const project = read0.project;
  // (a project's `--pair` names two of its versions; a TMX's, two of its languages)
  const pairIndex = filePairIndex(read0, pairOption, file);
  // The input's size before the analysis code loads: V8 takes its code cache only under the flags it was made with (./jit).
  noteInput(project.versions.reduce((n, v) => n + v.text.length, 0));
  mark?.('read');
  const { analyse, loadLexiconFor } = await checkCoreModule();
  mark?.('load code');
  const read = alignedPairOf(project, file, {
    langA: langOf(options, 'lang-a'),
    langB: langOf(options, 'lang-b'),
    mark,
    analyse,
    note: (message) => process.stderr.write(`selaras: ${message}\n`),
    ...(pairIndex !== undefined ? { pairIndex } : {}),
  });
  const { a, b, pair } = read;
  const untranslated = untranslatedOf({ ...read, fromFile: read0.imported !== undefined });
  const lexicon = await loadLexiconFor(a.lang, b.lang);
  mark?.('lexicon');
  const glossary = await glossaryOf(project, a, b, typeof options.glossary === 'string' ? options.glossary : undefined);
  return { ...read, untranslated, alignOptions: { mode: pair.mode, ...(lexicon ? { lexicon } : {}), ...(glossary.length ? { glossary } : {}) } };
}

const check: Command = {
  async run(argv) {
    const timer = timerFromEnv();
    const mark = timer?.mark;
    const { positional, options } = parseArgs(argv, {
      ...TWO_FILE,
      report: { value: true },
      save: { value: true },
      'min-confidence': { value: true },
      'lang-ui': { value: true, choices: ['en', 'id'] },
      pair: { value: true },
      reviews: {},
    });
    const minConfidence = minConfidenceOf(options['min-confidence']);
    const outputs = [options.report, options.save].filter((o): o is string => typeof o === 'string');
    // Every output must be writable before any work is done or anything is written.
    await checkOutputs(outputs, positional);
    const usage = 'selaras check FILE_A FILE_B, or selaras check FILE.tmx|.xlf|.selaras';
    // One file: versions already aligned (TMX, XLIFF, a project), compared bead by bead as the file pairs them.
    const aligned = positional.length === 1 ? await loadAlignedFile(positional[0], options, mark) : null;
    if (positional.length === 1 && !aligned) throw new UsageError(`expected 2 files, or one TMX, XLIFF or .selaras file (usage: ${usage})`);
    // (the analysis code loads after the input is read: see loadPair and ./jit)
    const loaded = aligned ?? (await loadPair(positional, options, usage, mark));
    const { alignVersions, checkVersions, confidenceOf, levelOf, checkResultJson, modeSuggested, withReviews, dismissedByUser, detachedReviews } = await checkCoreModule();
    const { a, b, alignOptions } = loaded;
    const alignment: Alignment = aligned ? { mode: aligned.pair.mode, beads: aligned.pair.beads } : alignVersions(a, b, alignOptions);
    if (!aligned) mark?.('align');
    const langOfSide = (v: AnalysedVersion) => v.langTag ?? v.lang;
    const title = aligned ? `${positional[0]} (${langOfSide(a)} vs ${langOfSide(b)})` : `${positional[0]} (${langOfSide(a)}) vs ${positional[1]} (${langOfSide(b)})`;
    // two text files, one in a language outside figure analysis (told by its words): said as for a TMX/XLIFF file
    const outside = aligned ? [] : [0, 1].filter((i) => [a, b][i].langTag).map((i) => `${path.basename(positional[i])} (${[a, b][i].langTag})`);
    if (outside.length) {
      const { translate } = await import('../shared/i18n');
      process.stderr.write(`selaras: ${translate(options['lang-ui'] === 'id' ? 'id' : 'en', 'bilingual.outsideAnalysis', { versions: outside.join(', ') })}\n`);
    }
    // A file's unit or segment with no target is untranslated, not a translation that dropped its figures: they are not compared.
    const untranslated = aligned ? aligned.untranslated : [];
    const { comparison } = checkVersions(a, b, { beads: alignment.beads, glossary: alignOptions.glossary, lexicon: alignOptions.lexicon, mark, untranslated });
    // The project is made only for the files that hold it (--report, --save): a plain check needs none.
    if (outputs.length) {
      const project = aligned ? aligned.project : await projectOfFiles(positional, a, b, alignment, !!options.lines);
      // Render everything before writing anything: a failure leaves no half-written output.
      const report = typeof options.report === 'string' ? (await exportModule()).reportHtml(project, [a, b], options['lang-ui'] as 'en' | 'id' | undefined, { lexicon: alignOptions.lexicon, glossary: alignOptions.glossary }) : null;
      const saved = typeof options.save === 'string' ? await projectText(project, comparison, aligned?.pair) : null;
      await writeOutputs([
        ...(report !== null ? [{ file: options.report as string, data: report }] : []),
        ...(saved !== null ? [{ file: options.save as string, data: saved }] : []),
      ]);
    }
    mark?.('project and outputs');
    // (a file that holds a project: each mismatch with the verdict and notes the user gave it; a dismissed one is no drift found)
    const reviewed: ReviewedMismatch[] = aligned ? withReviews(aligned.project, aligned.pair, comparison.mismatches) : comparison.mismatches;
    const shown = reviewed.filter((m) => confidenceOf(m) >= minConfidence);
    const found = (m: (typeof shown)[number]) => levelOf(m) === 'drift' && !dismissedByUser(m);
    const suggested = modeSuggested(alignment);
    // (and the verdicts and notes that are on no mismatch now: kept in the project, never passed over silently)
    const detached = aligned ? detachedReviews(aligned.project, aligned.pair, comparison.mismatches) : [];
    if (options.json) {
      printJson({ ...checkResultJson(a, b, alignment, { ...comparison, mismatches: shown }, aligned ? untranslated : undefined), ...(detached.length ? { detached } : {}) });
    } else {
      if (suggested !== alignment.mode) process.stderr.write(`${MODE_NOTE[suggested]}\n`);
      const drifts = shown.filter((m) => levelOf(m) === 'drift').length;
      const dismissed = shown.filter(dismissedByUser).length;
      process.stdout.write(
        `${title}: ${counted(shown.length, 'mismatch', 'mismatches')} (${drifts} drift, ${shown.length - drifts} review${dismissed ? `; ${dismissed} dismissed by the user` : ''}), ${counted(comparison.matches.length, 'match', 'matches')}\n`,
      );
      // Drifts first; reviews (weak evidence) folded into one line unless --reviews, as the app's panel folds them.
      const listed = [...shown.filter((m) => levelOf(m) === 'drift'), ...(options.reviews ? shown.filter((m) => levelOf(m) !== 'drift') : [])];
      for (const m of listed) {
        // (a note without a verdict: a comment in the file on the text that holds the figure)
        const review = m.verdict || m.notes?.length ? `\t[${m.verdict ?? 'note'}${m.notes?.length ? `: ${m.notes.join(' | ').replace(/\s+/g, ' ')}` : ''}]` : '';
        process.stdout.write(`${m.id}\t${m.kind}\t${levelOf(m)} ${confidenceOf(m).toFixed(2)}\tA[${m.a.join(',')}] B[${m.b.join(',')}]\t${m.note}${review}\n`);
      }
      const folded = shown.length - listed.length;
      if (folded) process.stdout.write(`+ ${counted(folded, 'review item', 'review items')} not listed (weak evidence; --reviews lists them)\n`);
      if (untranslated.length) process.stdout.write(`+ ${counted(untranslated.length, 'unit or segment', 'units or segments')} without a target (untranslated): their figures are not compared\n`);
      if (detached.length) {
        process.stdout.write(`+ ${counted(detached.length, 'verdict or note', 'verdicts and notes')} on no mismatch now (the figure changed or is not found; kept in the project):\n`);
        for (const d of detached) process.stdout.write(`  ${d.id}\t[${d.verdict}${d.note.trim() ? `: ${d.note.replace(/\s+/g, ' ')}` : ''}]\t${d.about}\n`);
      }
      process.stdout.write(entityLines({ ...comparison, mismatches: listed }));
    }
    mark?.('result');
    printTiming(timer);
    return shown.some(found) ? 1 : 0;
  },
};

/** The project of a check of two files (for --report and --save). */
async function projectOfFiles(files: string[], a: AnalysedVersion, b: AnalysedVersion, alignment: Alignment, lines: boolean): Promise<Project> {
  const { createProject } = await projectCreateModule();
  const created = createProject(
    [
      { name: path.basename(files[0]), text: a.text, lang: a.lang, ...(a.langTag ? { langTag: a.langTag } : {}), sourcePath: path.resolve(files[0]) },
      { name: path.basename(files[1]), text: b.text, lang: b.lang, ...(b.langTag ? { langTag: b.langTag } : {}), sourcePath: path.resolve(files[1]) },
    ],
    [alignment],
  );
  // With --lines the beads index lines: the project must say so, or the app and `export` re-segment.
  return lines ? { ...created, versions: created.versions.map((v) => ({ ...v, segmentation: 'lines' as const })) } : created;
}

/** `--min-confidence X`: a number from 0 to 1 (0 when not given). */
function minConfidenceOf(raw: unknown): number {
  if (raw === undefined || raw === true) return 0;
  const x = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
    throw new UsageError(`--min-confidence expects a number from 0 to 1, got "${String(raw)}"`);
  }
  return x;
}

/** The human view's "who said what" lines: each entity mismatch with its spans. */
function entityLines(comparison: Comparison): string {
  const names = comparison.mismatches.filter((m) => m.kind === 'entity');
  if (!names.length) return '';
  const span = (e: { text: string; start: number; end: number } | null | undefined) => (e ? `“${e.text}” @${e.start}-${e.end}` : '—');
  return names.map((m) => `  ${m.id} ${(m as { level?: string }).level ?? ''}\tA ${span(m.aEntity)}\tB ${span(m.bEntity)}\n`).join('');
}

const ledger: Command = {
  async run(argv) {
    const { positional, options } = parseArgs(argv, { ...COMMON, lang: LANG });
    if (positional.length < 1) throw new UsageError('expected at least one file (usage: selaras ledger FILE...)');
    const versions: AnalysedVersion[] = [];
    // The ledger groups figures only: names and attributions are not read.
    for (const file of positional) versions.push(await load(file, langOf(options, 'lang'), !!options.lines, undefined, 'figures'));
    const { ledgerOf, compareVersionFigures } = await pipelineModule();
    // Each further version aligned with the first and its figures compared, so that a figure stands in one group
    // with the one it renders, whatever their values (a drift stands beside its counterpart).
    const pairs = [];
    if (versions.length > 1) {
      const { alignVersions, loadLexiconFor } = await checkCoreModule();
      for (let k = 1; k < versions.length; k++) {
        const lexicon = await loadLexiconFor(versions[0].lang, versions[k].lang);
        const beads = alignVersions(versions[0], versions[k], lexicon ? { lexicon } : {}).beads;
        pairs.push({ a: 0, b: k, comparison: compareVersionFigures(beads, versions[0], versions[k], lexicon ?? undefined) });
      }
    }
    const groups = ledgerOf(versions, pairs.length ? pairs : undefined);
    if (options.json) {
      printJson({ versions: positional.map((file, i) => ({ file, lang: versions[i].lang })), groups });
    } else {
      const { formatValue } = await import('../shared/figures');
      for (const g of groups) {
        process.stdout.write(`${g.id}\t${g.what}\t${g.kind}\t${g.consistent ? 'consistent' : 'INCONSISTENT'}\n`);
        for (const e of g.entries) process.stdout.write(`    v${e.version} s${e.sentence}\t${formatValue(e.figure)}\t“${e.figure.text}”\n`);
      }
    }
    return 0;
  },
};

const exportCmd: Command = {
  async run(argv) {
    const { positional, options } = parseArgs(argv, {
      to: { value: true, choices: EXPORT_FORMATS },
      out: { value: true },
      scope: { value: true, choices: ['all', 'confirmed', 'mismatches'] },
      'lang-ui': { value: true, choices: ['en', 'id'] },
      pair: { value: true },
      json: {},
    });
    const [file] = needFiles(positional, 1, 'selaras export INPUT --to FORMAT --out FILE');
    if (typeof options.to !== 'string') throw new UsageError('--to is required');
    if (typeof options.out !== 'string') throw new UsageError('--out is required');
    const scope = (options.scope as 'all' | 'confirmed' | 'mismatches' | undefined) ?? 'all';
    await checkOutputs([options.out], [file]);
    const { exportProjectFile } = await exportModule();
    const { parsePair } = await import('./bilingual');
    const uiLang = options['lang-ui'] as 'en' | 'id' | undefined;
    const pair = parsePair(options.pair);
    // What the format cannot carry is said on stderr (and listed in --json), never dropped silently.
    const { translate } = await import('../shared/i18n');
    const warnings: Array<{ key: string; message: string }> = [];
    const onLoss = (loss: { key: string; params: Record<string, string | number> }) => {
      const message = translate(uiLang ?? 'en', loss.key, loss.params);
      warnings.push({ key: loss.key, message });
      process.stderr.write(`selaras: ${translate(uiLang ?? 'en', 'formats2.warning', { message })}\n`);
    };
    const bytes = await exportProjectFile(file, options.to as (typeof EXPORT_FORMATS)[number], scope, { ...(uiLang ? { uiLang } : {}), ...(pair ? { pair } : {}), onLoss });
    await writeOutput(options.out, bytes);
    if (options.json) printJson({ out: options.out, format: options.to, bytes: bytes.length, warnings });
    return 0;
  },
};

const inspect: Command = {
  async run(argv) {
    return (await import('./inspect')).runInspect(argv);
  },
};

const batch: Command = { run: async (argv) => (await import('./batch')).runBatch(argv) };

export const COMMANDS: Record<CommandName, Command> = { segment, figures, align: alignCmd, check, ledger, export: exportCmd, batch, inspect };


export { CliError };
export { removeTempsInFlight } from '../electron/services/atomic';
