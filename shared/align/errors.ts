/** Errors the aligner throws; each carries an i18n message key and its parameters. */

/** Thrown when `onProgress` returns false: the caller cancelled the alignment. */
export class AlignCancelled extends Error {
  readonly messageKey = 'align.cancelled';
  readonly params: Record<string, string | number> = {};
  constructor() {
    super('alignment cancelled');
    this.name = 'AlignCancelled';
  }
}

/** Thrown for input the aligner cannot honour (e.g. locked beads that overlap or cross). */
export class AlignInputError extends Error {
  constructor(
    message: string,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'AlignInputError';
  }
}
