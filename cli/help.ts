/**
 * The help texts of the command line, apart from the commands so that `selaras --help` and
 * `selaras COMMAND --help` load nothing else (start-up time): this module imports only constants.
 */
import { EXPORT_FORMATS } from '../shared/limits';

/** `selaras --help`. */
export const GENERAL_HELP = `Usage: selaras <command> [options]

Commands:
  segment FILE            split a text into sentences
  figures FILE            list the figures of a text
  align FILE_A FILE_B     align the sentences of two versions (--glossary TERMBASE)
  check FILE_A FILE_B     compare the figures and names of two versions (exit 1 on drifts)
  check FILE.tmx          the same for the units of a TMX, XLIFF or .selaras file
  ledger FILE...          group the figures of several versions by what they count
  export INPUT --to F     write an annotated bilingual file from a project, or convert a TMX/XLIFF file
  inspect FILE            say what a TMX or XLIFF file holds
  batch [JOBS.jsonl]      check many pairs (JSON Lines in, one result line out) on every core

Common options: --lang id|en|auto|TAG (--lang-a, --lang-b; TAG any language: de, fr-CH), --lines, --json, --debug, --help
Exit codes: 0 success (check: no drift), 1 check found a drift, 2 error.
`;

/** `selaras COMMAND --help`, by command name: the keys are the command names. */
export const HELP = {
  segment: `Usage: selaras segment FILE [--lang id|en|auto] [--lines] [--json]

Splits FILE into sentences. With --json prints {"lang","sentences":[{"text","start","end"}]};
offsets are JavaScript string indices into the decoded text, end exclusive.
`,
  figures: `Usage: selaras figures FILE [--lang id|en|auto] [--lines] [--json]

Lists every figure (counts, money, percentages, dates, times, ordinals, ranges, durations) with
its normalised value, qualifier and unit. With --json prints {"lang","figures":[…]}.
`,
  align: `Usage: selaras align FILE_A FILE_B [--mode parallel|comparable] [--glossary TERMBASE] [--lang-a L] [--lang-b L] [--lines] [--json]

Aligns the sentences of two versions. Beads cover every sentence of both files once, in order
(parallel mode, the default, for translations); --mode comparable links only sentences that say
the same thing in two different articles (links may cross).
  --glossary FILE      a termbase (TBX, or two-column CSV/TSV) whose term pairs guide the alignment
`,
  check: `Usage: selaras check FILE_A FILE_B [--report FILE.html] [--save FILE.selaras] [--glossary TERMBASE] [--mode M] [--lang-a L] [--lang-b L] [--lines] [--json] [--min-confidence X] [--reviews]
       selaras check FILE.tmx|FILE.xlf|FILE.selaras [--pair SRC,TRG] [the same options]

Aligns two versions and compares their figures and the names in them. The versions may be plain
text, Word (.docx), HTML or Markdown files, read as the app opens them. Given one TMX or XLIFF
file (or a saved project), it compares each unit's source with its target as the file pairs
them (no re-alignment); the project's or the file's notes are kept in --save. Exit code 0 when nothing
drifts, 1 when at least one mismatch of level \`drift\` is found, 2 on error. Correct renderings
(10.000 ↔ 10,000, 2,5 juta ↔ 2.5 million, dua ↔ two, 4 Juni ↔ June 4, Korea Utara ↔ North Korea)
are matches; a claim credited to a different party (menurut Pyongyang ↔ menurut Seoul) is an
\`entity\` mismatch. Every mismatch has a \`confidence\` (0–1) and a \`level\`: \`drift\` (the
evidence says the figure changed) or \`review\` (weak evidence, e.g. a number word facing an article).
  --min-confidence X   show only mismatches whose confidence is at least X (0–1)
  --reviews            also list the \`review\` mismatches (without --json they are counted in one
                       line after the drifts; --json always lists every mismatch with its level)
  --glossary FILE      a termbase (TBX, or two-column CSV/TSV): guides the alignment, and its
                       term pairs count as the same name
  --report FILE.html   also write the self-contained annotated report
  --save FILE.selaras  also write a project file the app opens and \`selaras export\` reads
  --lang-ui en|id      the language of the report (default en)
  --pair SRC,TRG       for a multilingual TMX: the two languages to compare; for a project of
                       three or more versions (or an XLIFF file of a <file> per target language):
                       the pair to check, by version numbers, names or languages (1,3)
`,
  ledger: `Usage: selaras ledger FILE... [--lang L] [--lines] [--json]

Groups the figures of all given versions (two or more, any languages) by what they count, so
that differing values for the same thing stand side by side. A group is inconsistent when its
values differ beyond conversion and rounding.
`,
  export: `Usage: selaras export INPUT --to ${EXPORT_FORMATS.join('|')} --out FILE [--scope all|confirmed|mismatches] [--lang-ui en|id] [--pair SRC,TRG]

Writes the annotated bilingual file from a saved project (.selaras), or converts a TMX/XLIFF
file (.tmx, .xlf, .xliff, .sdlxliff, .mqxliff, .mxliff, .txlf) into another format.
  --lang-ui en|id   the language of headers, labels, values and explanations (default en)
  --pair SRC,TRG    for a multilingual TMX: the two languages to use (default: the source
                    language and the first other one); for a project of three or more
                    versions: the pair to export, by version numbers or names (1,3)
`,
  inspect: `Usage: selaras inspect FILE [--json]

Says what a bilingual file (TMX, XLIFF 1.2/2.x, .sdlxliff, .mqxliff, .mxliff, .txlf) holds.
With --json prints
{"format":"xliff-2.0","languages":["en-US","fr-FR"],"units":31,"translated":25,
 "notes":{"header":0,"file":1,"group":0,"unit":4,"variant":0},"codes":12}
  format      tmx-1.4, xliff-1.2, xliff-2.0, xliff-2.1, … (the version the file declares)
  languages   every language tag the file declares or uses, as first written
  units       translation units (tu, trans-unit, unit)
  translated  units whose target has non-whitespace text
  notes       notes by level (header: TMX/XLIFF 1.2 header; file; group; unit; variant: TMX tuv)
  codes       inline codes (TMX bpt/ept/it/ph/ut; XLIFF 2 ph/pc/sc/ec; XLIFF 1.2 g/x/bx/ex/ph/bpt/ept/it)
A file that is not well-formed, unsafe, or breaks the XLIFF 2 core rules is an error (exit 2).
`,
  batch: `Usage: selaras batch [FILE.jsonl | -] [--jobs N]

Checks many pairs of versions, on every core. Reads JSON Lines from FILE (or stdin when FILE is
absent or -), one job per line:
  {"id":"j1","a":"path/a.txt","b":"path/b.txt"}   or   {"id":"j2","aText":"…","bText":"…"}
with optional "langA", "langB" (id|en|auto or a language tag such as de), "mode" (parallel|comparable), "lines" (true) and
"glossary" (a termbase file: TBX, CSV or TSV). A job may instead name one TMX, XLIFF or .selaras
file holding both versions: {"id":"j3","file":"memory.tmx"} (optional "pair":"en-US,fr-FR").
Writes one JSON line per job as it finishes: {"id":"j1", …the JSON of selaras check --json…},
or {"id":"j1","error":"…"}; a failed job never stops the batch. Progress goes to stderr.
  --jobs N   worker threads (default: one per core but one, at least one)
Exit code 0 when every job ran and found no drift, 1 when a job found a drift, 2 when a
job failed or the input could not be read.
`,
} as const satisfies Record<string, string>;

/** A command name of the command line. */
export type CommandName = keyof typeof HELP;

/** Whether `name` is a command of the command line. */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(HELP, name);
}
