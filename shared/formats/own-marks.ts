/**
 * The ids Selaras gives its own mismatch marks and the notes on them in an XLIFF 2 export, so that a file another
 * tool re-saved without Selaras's metadata (`<mda:metadata>` dropped: many tools do not keep modules they do not
 * read) still carries each mismatch's kind and verdict, and which note is on which mismatch. Ids are core XLIFF:
 * a tool that keeps the marks keeps them.
 *
 * A mark: `m3-value-confirmed-a` (mismatch `m3`, kind, verdict when not open, side). A note: `m3-n1`. XLIFF 1.2 has
 * no id on a mark that could carry it (a target mark's `mid` must name a segment): there the mark's type says it,
 * `x-selaras-mismatch-m3-value-confirmed-a`.
 */
import { MISMATCH_KINDS, type MismatchKind } from '../drift/types';
import { VERDICTS, type Verdict } from '../project/types';
import { nmtoken } from './xml';

/** The verdicts a mark's id says (an open one says none). */
const SAID_VERDICTS = VERDICTS.filter((v) => v !== 'open');

const MARK = new RegExp(`^(m\\d+)-(${MISMATCH_KINDS.join('|')})(?:-(${SAID_VERDICTS.join('|')}))?-([ab])$`);
const NOTE = /^(m\d+)-n\d+$/;

/** The id of a mismatch's mark on one side. */
export function ownMarkId(mismatchId: string, kind: MismatchKind, verdict: Verdict, side: 'a' | 'b'): string {
  return `${nmtoken(mismatchId)}-${kind}${verdict === 'open' ? '' : `-${verdict}`}-${side}`;
}

/** The id prefix of the notes on a mismatch: `m3-n` (numbered from 1). */
export function ownNotePrefix(mismatchId: string): string {
  return `${nmtoken(mismatchId)}-n`;
}

export interface OwnMark {
  mismatch: string;
  kind: MismatchKind;
  verdict: Verdict;
  side: 'a' | 'b';
}

/** What a mark id Selaras wrote says, or null for any other id. */
export function readOwnMarkId(id: string | undefined): OwnMark | null {
  const m = id === undefined ? null : MARK.exec(id);
  return m ? { mismatch: m[1], kind: m[2] as MismatchKind, verdict: (m[3] as Verdict | undefined) ?? 'open', side: m[4] as 'a' | 'b' } : null;
}

/** The mismatch a note id Selaras wrote is on (`m3`), or null. */
export function readOwnNoteId(id: string | undefined): string | null {
  const m = id === undefined ? null : NOTE.exec(id);
  return m ? m[1] : null;
}

/** XLIFF 1.2: the mark type of a mismatch mark. */
const MTYPE = 'x-selaras-mismatch';

export function ownMtype(markId: string): string {
  return `${MTYPE}-${markId}`;
}

/** The mark id an XLIFF 1.2 mark type Selaras wrote holds (undefined for any other; older exports wrote the bare type). */
export function markIdOfMtype(mtype: string | undefined): string | undefined {
  return mtype?.startsWith(`${MTYPE}-`) ? mtype.slice(MTYPE.length + 1) : undefined;
}
