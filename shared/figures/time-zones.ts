/**
 * The one table of the time zones news text names after a clock time (`14.30 WIB`, `2 p.m. ET`, `0500 GMT`): each
 * abbreviation with its offsets from UTC in minutes. A zone that moves with daylight saving and is written without
 * saying which half of the year (`ET`, `PT`, `CT`) has both offsets. The figure reader takes a word of this table
 * after a clock time as part of the time; the drift engine compares two times in different zones through it.
 * Pure data, no I/O.
 */
export const TIME_ZONES: Readonly<Record<string, readonly number[]>> = {
  WIB: [420],
  WITA: [480],
  WIT: [540],
  GMT: [0],
  UTC: [0],
  BST: [60],
  CET: [60],
  CEST: [120],
  MSK: [180],
  IST: [330],
  ICT: [420],
  SGT: [480],
  MYT: [480],
  HKT: [480],
  PHT: [480],
  KST: [540],
  JST: [540],
  AEST: [600],
  AEDT: [660],
  EST: [-300],
  EDT: [-240],
  ET: [-300, -240],
  CST: [-360],
  CDT: [-300],
  CT: [-360, -300],
  MST: [-420],
  MDT: [-360],
  PST: [-480],
  PDT: [-420],
  PT: [-480, -420],
};

/** The offsets (minutes from UTC) of a zone's abbreviation, whatever its case; undefined when it is none. */
export function zoneOffsets(abbreviation: string): readonly number[] | undefined {
  return TIME_ZONES[abbreviation.toUpperCase()];
}
