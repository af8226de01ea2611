/**
 * Calendar periods for time-partitioned tables: interval arithmetic in UTC, bound literals for
 * `date` / `timestamp` / `timestamptz` keys, parsing of the bound values PostgreSQL prints,
 * detection of the interval an existing series uses, and partition names from a pattern.
 */
import { identifierBytes, MAX_IDENTIFIER_BYTES } from './quote';

export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The temporal key types periods work with. */
export type TemporalType = 'date' | 'timestamp' | 'timestamptz';

export function isInterval(v: unknown): v is Interval {
  return typeof v === 'string' && (INTERVALS as readonly string[]).includes(v);
}

/** Maps `format_type()` output to a temporal type, or undefined for anything else. */
export function temporalTypeOf(formatType: string): TemporalType | undefined {
  const t = formatType.toLowerCase().replace(/\(\d+\)/, '').trim();
  if (t === 'date') return 'date';
  if (t === 'timestamp without time zone' || t === 'timestamp') return 'timestamp';
  if (t === 'timestamp with time zone' || t === 'timestamptz') return 'timestamptz';
  return undefined;
}

const DAY_MS = 86_400_000;

/** The start (UTC midnight) of the period containing `t`. Weeks are ISO weeks (Monday first). */
export function periodStart(t: Date, interval: Interval): Date {
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  switch (interval) {
    case 'day':
      return new Date(Date.UTC(y, m, t.getUTCDate()));
    case 'week': {
      const day = new Date(Date.UTC(y, m, t.getUTCDate()));
      const dow = (day.getUTCDay() + 6) % 7; // Monday = 0
      return new Date(day.getTime() - dow * DAY_MS);
    }
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case 'year':
      return new Date(Date.UTC(y, 0, 1));
  }
}

/** `start` moved by `n` periods (n may be negative). `start` should be a period start. */
export function addPeriods(start: Date, interval: Interval, n: number): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const d = start.getUTCDate();
  switch (interval) {
    case 'day':
      return new Date(Date.UTC(y, m, d + n));
    case 'week':
      return new Date(Date.UTC(y, m, d + 7 * n));
    case 'month':
      return new Date(Date.UTC(y, m + n, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m + 3 * n, 1));
    case 'year':
      return new Date(Date.UTC(y + n, 0, 1));
  }
}

/** The exclusive end of the period starting at `start`. */
export function periodEnd(start: Date, interval: Interval): Date {
  return addPeriods(start, interval, 1);
}

export interface Period {
  readonly from: Date;
  readonly to: Date;
}

/** `count` consecutive periods starting with the one that contains `from`. */
export function periodsFrom(from: Date, interval: Interval, count: number): Period[] {
  const out: Period[] = [];
  let s = periodStart(from, interval);
  for (let i = 0; i < count; i++) {
    const e = periodEnd(s, interval);
    out.push({ from: s, to: e });
    s = e;
  }
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The literal text of a bound for a key type, always in UTC: `2026-12-01` for `date`,
 * `2026-12-01 00:00:00` for `timestamp`, `2026-12-01 00:00:00+00` for `timestamptz` (an
 * explicit offset so the session's TimeZone cannot shift it).
 */
export function boundLiteralText(t: Date, type: TemporalType): string {
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  if (type === 'date') return date;
  let time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const ms = t.getUTCMilliseconds();
  if (ms) time += `.${pad(ms, 3)}`;
  return type === 'timestamp' ? `${date} ${time}` : `${date} ${time}+00`;
}

/**
 * Parses a date/timestamp bound value as PostgreSQL prints it (`2026-11-01`,
 * `2026-11-01 00:00:00`, `2026-11-01 00:00:00+01`, `2026-11-01 00:00:00.5-03:30`) into a UTC
 * instant. Values without an offset are read as UTC. Returns undefined for anything else
 * (including `infinity` and BC dates).
 */
export function parseTemporal(text: string): Date | undefined {
  const m = /^(\d{4,})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mi, ss, frac, z, sign, oh, om, os] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0), frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0);
  if (!z && sign) {
    const off = (Number(oh) * 3600 + Number(om ?? 0) * 60 + Number(os ?? 0)) * 1000;
    ms -= sign === '+' ? off : -off;
  }
  const r = new Date(ms);
  return Number.isNaN(r.getTime()) ? undefined : r;
}

/** True when `t` is exactly the start of a period of `interval`. */
export function isPeriodStart(t: Date, interval: Interval): boolean {
  return periodStart(t, interval).getTime() === t.getTime();
}

/** True when [from, to) is exactly one period of `interval`. */
export function isExactPeriod(from: Date, to: Date, interval: Interval): boolean {
  return isPeriodStart(from, interval) && periodEnd(from, interval).getTime() === to.getTime();
}

/**
 * The interval an existing series of range bounds uses: the one interval for which most
 * ranges are exactly one period (ties go to the longer interval). Undefined when no range fits.
 */
export function detectInterval(ranges: readonly Period[]): Interval | undefined {
  let best: Interval | undefined;
  let bestCount = 0;
  for (const iv of INTERVALS) {
    const n = ranges.filter((r) => isExactPeriod(r.from, r.to, iv)).length;
    if (n > 0 && n >= bestCount) {
      best = iv;
      bestCount = n;
    }
  }
  return best;
}

/** The default name pattern per interval (setting `partitionLens.partitionNamePattern`). */
export function defaultNamePattern(interval: Interval): string {
  switch (interval) {
    case 'day':
      return '{table}_{YYYY}_{MM}_{DD}';
    case 'week':
      return '{table}_{YYYY}w{WW}';
    case 'month':
      return '{table}_{YYYY}_{MM}';
    case 'quarter':
      return '{table}_{YYYY}q{Q}';
    case 'year':
      return '{table}_{YYYY}';
  }
}

/** ISO-8601 week number and week-based year of a date. */
export function isoWeek(t: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3); // Thursday of this week decides the year.
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return { year, week };
}

const PATTERN_TOKEN = /\{(table|schema|YYYY|MM|DD|WW|Q)\}/g;

/** Checks a name pattern: known tokens only, and `{table}` present. Returns an error text or undefined. */
export function checkNamePattern(pattern: string): string | undefined {
  const unknown = /\{([^}]*)\}/g;
  for (const m of pattern.matchAll(unknown)) {
    if (!['table', 'schema', 'YYYY', 'MM', 'DD', 'WW', 'Q'].includes(m[1]!)) {
      return `Unknown token {${m[1]}} in the partition name pattern "${pattern}" (use {table}, {schema}, {YYYY}, {MM}, {DD}, {WW}, {Q}).`;
    }
  }
  if (!pattern.includes('{table}')) return `The partition name pattern "${pattern}" must contain {table}.`;
  return undefined;
}

/**
 * A partition name for the period starting at `start`. With `{WW}` in the pattern, `{YYYY}` is
 * the ISO week-based year. A name over 63 bytes is shortened in its `{table}` part only, so the
 * period stays readable (`…_2026_12`).
 */
export function partitionName(table: string, start: Date, interval: Interval, pattern = defaultNamePattern(interval), schema = ''): string {
  const problem = checkNamePattern(pattern);
  if (problem) throw new Error(problem);
  const week = isoWeek(start);
  const usesWeek = pattern.includes('{WW}');
  const value = (tok: string): string => {
    switch (tok) {
      case 'schema':
        return schema;
      case 'YYYY':
        return pad(usesWeek ? week.year : start.getUTCFullYear(), 4);
      case 'MM':
        return pad(start.getUTCMonth() + 1);
      case 'DD':
        return pad(start.getUTCDate());
      case 'WW':
        return pad(week.week);
      case 'Q':
        return String(Math.floor(start.getUTCMonth() / 3) + 1);
      default:
        return '';
    }
  };
  const at = pattern.indexOf('{table}');
  const render = (s: string): string => s.replace(PATTERN_TOKEN, (_m, tok: string) => value(tok));
  const pre = render(pattern.slice(0, at));
  const post = render(pattern.slice(at + '{table}'.length));
  if (identifierBytes(pre + post) >= MAX_IDENTIFIER_BYTES) {
    throw new Error(`The partition name pattern "${pattern}" leaves no room for the table name within ${MAX_IDENTIFIER_BYTES} bytes.`);
  }
  return fitWithPrefix(pre, table, post);
}

// Drops whole code points from the end of the table part (never splitting a UTF-8 character).
function fitWithPrefix(pre: string, table: string, post: string): string {
  let t = [...table];
  while (t.length > 0 && identifierBytes(pre + t.join('') + post) > MAX_IDENTIFIER_BYTES) t = t.slice(0, -1);
  return pre + t.join('') + post;
}

/** A readable label of a period, e.g. `2026-12` for a month or `2026-W49` for a week. */
export function periodLabel(start: Date, interval: Interval): string {
  switch (interval) {
    case 'day':
      return `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`;
    case 'week': {
      const w = isoWeek(start);
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'month':
      return `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}`;
    case 'quarter':
      return `${start.getUTCFullYear()}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`;
    case 'year':
      return String(start.getUTCFullYear());
  }
}
