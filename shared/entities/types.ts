/** Names of people, places and organisations, and who each claim is attributed to. */

export type EntityType = 'person' | 'place' | 'organisation';

/**
 * How the entity stands in its sentence: the party a claim is attributed to (`source`: *menurut X*,
 * *kata X*, "X said"), the party doing what a speech or stance verb says (`actor`: *X membantah*,
 * "X denied"), or any other mention.
 */
export type EntityRole = 'source' | 'actor' | 'mention';

/**
 * One name found in a document. Offsets are into the document text (end exclusive) and cover
 * `text` exactly, as figures do. Fields may be added, never renamed (CLI contract).
 */
export interface Entity {
  /** Index of the sentence (as `segment` gives it, or the line with `--lines`). */
  sentence: number;
  /** The name as written, without a leading title (`Vladimir Putin`, `Korea Utara`, `BNPB`). */
  text: string;
  start: number;
  end: number;
  type: EntityType;
  role: EntityRole;
  /**
   * What the name refers to, the same across languages and spellings: `country:KP` for
   * *Korea Utara* / "North Korea" (and for a capital that stands for its government, as in
   * *menurut Pyongyang*), `city:pyongyang`, `org:un`, `name:putin` (folded surname).
   */
  ref: string;
  /** The gazetteer knows the name (a country, capital or listed organisation). */
  known?: boolean;
  /** A country written inside an institution's name (`Kementerian Kesehatan Irak`): translations often leave it out. */
  inName?: boolean;
  /** A title or honorific written before the name (`Presiden`, `Dr.`), when there is one. */
  title?: string;
  /** For a source or actor: the cue that makes it one (`menurut`, `kata`, `said`, `mengatakan`). */
  cue?: { text: string; start: number; end: number };
}

/**
 * A claim's source that is not a name (`dia`, `-nya`, "he", "the agency", "officials"): it may
 * stand for any party, so a named source facing it on the other side is no drift.
 */
export interface AnonymousSource {
  sentence: number;
  text: string;
  start: number;
  end: number;
  cue: { text: string; start: number; end: number };
}

export interface EntityAnalysis {
  entities: Entity[];
  anonymous: AnonymousSource[];
}

/** Level of an entity mismatch: `drift` (a different party credited or acting) or `review` (a name on one side only). */
export type EntityLevel = 'drift' | 'review';
