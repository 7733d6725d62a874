/**
 * Keys of a list box (the mismatch list): ↑ and ↓ select the item before or after the selected one,
 * Home and End the first and the last; items that cannot be selected (a fold line) are passed over.
 */

/** The item `key` (a key's name: `ArrowDown`, …) selects from `selected` (an item's id, or none), or null for no move. */
export function stepInList<T>(items: readonly T[], idOf: (item: T) => string | null, selected: string | null | undefined, key: string): T | null {
  const selectable = items.filter((x) => idOf(x) !== null);
  if (!selectable.length) return null;
  const at = selectable.findIndex((x) => idOf(x) === selected);
  switch (key) {
    case 'ArrowDown':
      return at < 0 ? selectable[0] : (selectable[at + 1] ?? null);
    case 'ArrowUp':
      return at < 0 ? selectable[selectable.length - 1] : at > 0 ? selectable[at - 1] : null;
    case 'Home':
      return selectable[0];
    case 'End':
      return selectable[selectable.length - 1];
    default:
      return null;
  }
}

/** A list item's element id, from its key (for `aria-activedescendant`). */
export function optionId(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return `mm-${(h >>> 0).toString(36)}`;
}
