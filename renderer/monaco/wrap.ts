/**
 * Where Monaco may wrap a line. Its defaults allow a break after `.`, `,` and `/`, which cuts a
 * figure in two ("2.⏎340", "1,⏎036", "23/⏎10/2024"): a figure must read as one on screen. Lines
 * still wrap after spaces, so taking these out only keeps digit groups (and URLs) whole.
 */
const KEEP_TOGETHER = new Set(['.', ',', '/']);

/** Monaco's break-after characters `chars` without the separators of digit groups and dates. */
export function keepFiguresWhole(chars: string): string {
  return [...chars].filter((c) => !KEEP_TOGETHER.has(c)).join('');
}
