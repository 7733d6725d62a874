/** The components of an ISO-8601 date with unknown parts left out. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * Reads `2024-10-23`, `2024-10`, `2024`, `-0329` (330 BC), `--06-04` (month-day) and `--06` (month) into parts;
 * `undefined` when the string is none of these.
 */
export function parseIsoDate(value: number | string): DateParts | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0 ? { year: value } : undefined;
  }
  const s = value.trim();
  // (a year before Christ as ISO writes it, astronomically: `-0329` is 330 BC)
  let m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(s);
  if (m) {
    const parts: DateParts = { year: Number(m[1]) };
    if (m[2]) parts.month = Number(m[2]);
    if (m[3]) parts.day = Number(m[3]);
    return parts;
  }
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (m) {
    const parts: DateParts = { month: Number(m[1]) };
    if (m[2]) parts.day = Number(m[2]);
    return parts;
  }
  m = /^---(\d{2})$/.exec(s);
  if (m) return { day: Number(m[1]) };
  return undefined;
}

/** How two dates relate on the components both of them state. */
export interface DateRelation {
  /** Components known on both sides. */
  shared: Array<keyof DateParts>;
  /** Shared components that disagree. */
  conflicts: Array<keyof DateParts>;
}

/** Compares two partial dates on the components both state. */
export function relateDates(a: DateParts, b: DateParts): DateRelation {
  const shared: Array<keyof DateParts> = [];
  const conflicts: Array<keyof DateParts> = [];
  for (const key of ['year', 'month', 'day'] as const) {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) continue;
    shared.push(key);
    if (x !== y) conflicts.push(key);
  }
  return { shared, conflicts };
}

/** Reads `HH:MM` (or `HH:MM:SS`) into minutes after midnight. */
export function parseTime(value: number | string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}
