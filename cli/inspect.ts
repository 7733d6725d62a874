/**
 * `selaras inspect FILE`: what a TMX or XLIFF file holds, counted from the file itself:
 * format, languages, units, translated units, notes by level, inline codes, and the annotations
 * Selaras makes of it (notes, comment marks, ITS quality issues: what opening the file keeps).
 */
import { parseArgs, UsageError } from './args';
import { CliError, printJson } from './io';
import { importBilingualPath } from './bilingual';
import type { BilingualStats } from '../shared/formats/types';
import { figureLangOf } from '../shared/formats/lang-tags';
import { translate } from '../shared/i18n';
import { notesOnly } from '../shared/project/annotations';

export interface InspectReport extends BilingualStats {
  format: string;
}

export async function runInspect(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, { json: {} });
  if (positional.length !== 1) throw new UsageError('expected one file (usage: selaras inspect FILE)');
  const [file] = positional;
  const r = await importBilingualPath(file);
  if (r === null) throw new CliError(`${file}: not a TMX or XLIFF file`);
  const stats = r.ok ? r.stats : r.code === 'empty' ? r.stats : undefined;
  if (!stats) throw new CliError(`${file}: ${r.ok ? 'unreadable' : r.message}`);
  const kind = String(r.ok ? r.format : r.params.format);
  const family = kind.startsWith('xliff') ? 'xliff' : 'tmx';
  const version = r.ok ? r.formatVersion : (r.params.version as string | undefined);
  const report: InspectReport = { format: version ? `${family}-${version}` : kind, ...stats };
  // what opening the file keeps as annotations: its notes and the spans another tool marked
  // (another tool's inline marks, `translate="no"` spans and terms, are kept too but are no notes: not counted here)
  const annotations = r.ok ? notesOnly(r.annotations).length : 0;
  if (options.json) {
    printJson({ format: report.format, languages: report.languages, units: report.units, translated: report.translated, notes: report.notes, codes: report.codes, annotations });
  } else {
    const n = report.notes;
    process.stdout.write(
      `${file}: ${report.format}\n` +
        `languages\t${report.languages.join(', ') || '—'}\n` +
        `units\t${report.units} (${report.translated} translated)\n` +
        `notes\theader ${n.header}, file ${n.file}, group ${n.group}, unit ${n.unit}, variant ${n.variant}\n` +
        `codes\t${report.codes}\n` +
        `annotations\t${annotations} (notes, comments and quality issues kept on opening)\n`,
    );
    const outside = report.languages.filter((l) => figureLangOf(l) === null);
    if (outside.length) process.stdout.write(`${translate('en', 'bilingual.outsideAnalysis', { versions: outside.join(', ') })}\n`);
  }
  return 0;
}
