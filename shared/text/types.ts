/** Languages the core reads. */
export type Lang = 'id' | 'en';

/** One sentence of a document, with offsets into the decoded text (JS string indices, end exclusive). */
export interface Sentence {
  /** The trimmed slice `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}
