/**
 * The group elements of an XLIFF export (2.x `<group>`, 1.2 `<group>`), opened and closed around runs of
 * rows that share the groups another tool wrote (`BeadOrigin.groups`, outermost first). Each group id is
 * opened once per file: a row whose group was already closed is written outside it.
 */
import type { Bead } from '../align/types';
import type { FileOrigin, Project } from '../project/types';

export interface GroupNesting {
  /** The indentation of what is written inside the groups open now. */
  pad(): string;
  /** The closing and opening tags that take the open groups to `want`. */
  enter(want: readonly string[]): string;
  /** The closing tags of every group still open. */
  closeAll(): string;
}

/**
 * `indent` is the indentation of a top-level group; `canOpen` says whether a group id may be written;
 * `openTag` writes a group's opening tag (and what follows it, such as its notes) at indentation `pad`.
 */
export function groupNesting(indent: string, canOpen: (gid: string) => boolean, openTag: (gid: string, pad: string) => string): GroupNesting {
  const open: string[] = [];
  const written = new Set<string>();
  const pad = () => '  '.repeat(open.length);
  const close = () => {
    open.pop();
    return `${indent}${pad()}</group>\n`;
  };
  return {
    pad,
    enter(want) {
      let out = '';
      let same = 0;
      while (same < open.length && same < want.length && open[same] === want[same]) same++;
      while (open.length > same) out += close();
      for (const gid of want.slice(same)) {
        if (written.has(gid) || !canOpen(gid)) break;
        out += openTag(gid, pad());
        written.add(gid);
        open.push(gid);
      }
      return out;
    },
    closeAll() {
      let out = '';
      while (open.length) out += close();
      return out;
    },
  };
}

/**
 * The key of an XLIFF 1.2 `<group>` that has no id (Trados writes such groups around a paragraph's
 * units): `~g1`, `~g2`, … in file order. No id can be written so (`~` is no name character): XLIFF 1.2
 * writes the group without one, XLIFF 2 (where a group needs an id) with a fresh one.
 */
export function anonymousGroupKey(n: number): string {
  return `~g${n}`;
}

export function isAnonymousGroup(key: string): boolean {
  return /^~g\d+$/.test(key);
}

/**
 * Keys of the groups of a file of several `<file>`s: a group's id, or, for an id a group of an earlier
 * `<file>` already has (ids are unique within a file only), the id and the file's number (`g1~f2`), so that
 * each group keeps its own attributes and notes. `~` is no name character: no id is written so.
 */
export class GroupKeys {
  private readonly fileOf = new Map<string, number>();
  keyOf(id: string, fileNo: number): string {
    const first = this.fileOf.get(id);
    if (first === undefined) this.fileOf.set(id, fileNo);
    return first === undefined || first === fileNo ? id : `${id}~f${fileNo}`;
  }
}

/** The id a group of key `key` is written with (`GroupKeys`); undefined for a group that had none (`anonymousGroupKey`). */
export function groupIdOf(key: string): string | undefined {
  if (isAnonymousGroup(key)) return undefined;
  const m = /^(.*)~f\d+$/.exec(key);
  return m ? m[1] : key;
}

/**
 * The `<file>`s of an XLIFF export: runs of rows, each with the key of the file of an XLIFF project
 * (`po`, 2.x or 1.2) its rows came from (`BeadOrigin.file`). A row from no file joins the run before
 * it; a project from no XLIFF file is one run. A file of the project's that has no rows is an empty run
 * after the files before it (it held no units, or only units left out), unless its target language is another
 * version's of the project (`others`: an XLIFF 1.2 file of one `<file>` per target language, that file is another
 * pair's). Never empty: no rows make one empty run.
 */
export function fileRuns<R extends { bead: Bead }>(rows: readonly R[], po: FileOrigin | undefined, others: readonly string[] = []): { fo: FileOrigin | undefined; runs: Array<{ key: string | undefined; rows: R[] }> } {
  const fo = po?.format === 'xliff-2' || po?.format === 'xliff-1.2' ? po : undefined;
  const runs: Array<{ key: string | undefined; rows: R[] }> = [];
  for (const r of rows) {
    const key = fo && r.bead.origin?.format === fo.format ? r.bead.origin.file : undefined;
    const last = runs[runs.length - 1];
    if (last && (key === undefined || last.key === key)) last.rows.push(r);
    else if (last && last.key === undefined && runs.length === 1) {
      last.key = key;
      last.rows.push(r);
    } else runs.push({ key, rows: [r] });
  }
  const files = fo?.files ?? [];
  const otherTarget = (file: { attrs: Record<string, string> }) => others.some((t) => t.toLowerCase() === file.attrs['target-language']?.toLowerCase());
  files.forEach((file, i) => {
    if (runs.some((r) => r.key === file.key) || otherTarget(file)) return;
    const before = new Set(files.slice(0, i).map((x) => x.key));
    let at = 0;
    runs.forEach((r, k) => {
      if (r.key !== undefined && before.has(r.key)) at = k + 1;
    });
    runs.splice(at, 0, { key: file.key, rows: [] });
  });
  if (!runs.length) runs.push({ key: fo?.files?.[0]?.key, rows: [] });
  return { fo, runs };
}

/**
 * Which run (`fileRuns`) a note about the document goes into: that of the `<file>` whose header held it
 * (`Annotation.file`), else the first.
 */
export function runOfNote(runs: ReadonlyArray<{ key: string | undefined }>, file: string | undefined): number {
  const k = file === undefined ? -1 : runs.findIndex((r) => r.key === file);
  return k < 0 ? 0 : k;
}

/** The language tags of a project's versions besides the pair's (`fileRuns`' `others`). */
export function otherVersionTags(project: Project, langA: string, langB: string): string[] {
  const pair = new Set([langA.toLowerCase(), langB.toLowerCase()]);
  return project.versions.flatMap((v) => (v.langTag && !pair.has(v.langTag.toLowerCase()) ? [v.langTag] : []));
}
