/**
 * Partition bounds against constant conditions: whether the conditions on a LIST key or on the
 * first column of a RANGE key exclude at least one partition. A condition whose values cover every partition
 * (`n > -1` when every bound is ≥ 0, `tag IN ('a', 'b')` naming every list value) prunes nothing,
 * so PostgreSQL scans them all. Only literal constants are evaluated; with a parameter, a stable
 * expression or a value this module cannot compare, the answer is "unknown" (assume it prunes).
 */
import type { KeyPart, Partition } from '../catalog/model';
import type { AstNode } from '../sql/parse';
import { canonicalType, castTarget } from './expr';

/** What one predicate says about the key column, with its constant values. */
export interface ValueCon {
  readonly kind: 'eq' | 'in' | 'range' | 'ne' | 'isnull' | 'notnull';
  /** Comparison operator (`=`, `<`, `<=`, `>`, `>=`, `<>`, `between`, `notbetween`) and the value nodes. */
  readonly op?: string;
  readonly nodes?: readonly AstNode[];
}

type Val = number | string;

const NUMERIC = new Set(['int2', 'int4', 'int8', 'numeric', 'float4', 'float8']);
const TIME = new Set(['date', 'timestamp', 'timestamptz']);

/** How values of the key's type compare, or undefined when this module does not know. */
function domainOf(k: KeyPart): Domain | undefined {
  if (k.kind !== 'column') return undefined;
  // Without a known type nothing is compared; other types (enums, arrays, ranges, …) match a
  // LIST value by its exact text.
  if (!k.type) return undefined;
  const t = canonicalType(k.type);
  if (NUMERIC.has(t)) return 'number';
  if (TIME.has(t)) return 'time';
  if (t === 'text' && (!k.collation || k.collation === 'C' || k.collation === 'default')) return 'text';
  if (t === 'bpchar' || t === 'bool' || t === 'uuid') return undefined;
  return 'exact';
}

type Domain = 'number' | 'time' | 'text' | 'exact';

function parseText(text: string, domain: Domain): Val | undefined {
  const s = text.trim();
  if (domain === 'number') {
    const n = Number(s);
    return s !== '' && Number.isFinite(n) ? n : undefined;
  }
  if (domain === 'time') {
    // ISO dates and timestamps; an offset-less time is read as UTC, like the bounds.
    const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2}(?::?\d{2})?|Z)?)?$/i.exec(s);
    if (!m) return undefined;
    let tz = m[3] ?? 'Z';
    if (/^[+-]\d{2}$/.test(tz)) tz += ':00';
    const ms = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${tz}`);
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (domain === 'exact') return s.replace(/\s+/g, '');
  // Text ranges compare like the C collation only for plain lower-case words and digits.
  return /^[a-z0-9_]*$/.test(s) ? s : undefined;
}

/** A numeric literal's value (PostgreSQL 16+ also reads `1_000`, `0x10`), when exactly representable here. */
function numberLiteral(text: string): number | undefined {
  const t = text.replace(/_/g, '');
  const based = /^(-?)0([xob])([0-9a-f]+)$/i.exec(t);
  const v = based ? Number(BigInt(`0${based[2]!.toLowerCase()}${based[3]!}`)) * (based[1] ? -1 : 1) : Number(t);
  return t !== '' && Number.isFinite(v) && (!/^-?[\d]+$/.test(t) || Number.isSafeInteger(v)) && (!based || Number.isSafeInteger(v)) ? v : undefined;
}

function valueOf(n: AstNode, domain: Domain): Val | undefined {
  let x = n;
  if (x?.TypeCast) {
    const t = canonicalType(castTarget(x.TypeCast.typeName));
    const ok = domain === 'number' ? NUMERIC.has(t) : domain === 'time' ? TIME.has(t) : domain === 'text' ? t === 'text' : true;
    if (!ok) return undefined;
    x = x.TypeCast.arg;
  }
  const c = x?.A_Const;
  if (!c || c.isnull) return undefined;
  if (domain === 'number') {
    if (c.ival) return Number(c.ival.ival ?? 0);
    if (c.fval) return numberLiteral(String(c.fval.fval ?? ''));
  }
  if (c.sval) return parseText(String(c.sval.sval ?? ''), domain);
  return undefined;
}

/** A set of allowed values: a union of intervals (bounds inclusive or not) or explicit points. */
interface Interval {
  lo?: Val;
  loInc: boolean;
  hi?: Val;
  hiInc: boolean;
}

const ALL: Interval = { loInc: true, hiInc: true };

function intersect(a: Interval, b: Interval): Interval {
  const out: Interval = { ...a };
  if (b.lo !== undefined && (out.lo === undefined || b.lo > out.lo || (b.lo === out.lo && !b.loInc))) {
    out.lo = b.lo;
    out.loInc = b.loInc;
  }
  if (b.hi !== undefined && (out.hi === undefined || b.hi < out.hi || (b.hi === out.hi && !b.hiInc))) {
    out.hi = b.hi;
    out.hiInc = b.hiInc;
  }
  return out;
}

function empty(i: Interval): boolean {
  return i.lo !== undefined && i.hi !== undefined && (i.lo > i.hi || (i.lo === i.hi && !(i.loInc && i.hiInc)));
}

function contains(i: Interval, v: Val): boolean {
  if (i.lo !== undefined && (v < i.lo || (v === i.lo && !i.loInc))) return false;
  if (i.hi !== undefined && (v > i.hi || (v === i.hi && !i.hiInc))) return false;
  return true;
}

/** What the constraints allow: an interval, optionally narrowed to points; undefined = unknown. */
interface Allowed {
  interval: Interval;
  points?: Val[];
  nulls: boolean;
  notValues: Val[];
}

function allowed(cons: readonly ValueCon[], domain: Domain): Allowed | undefined {
  const a: Allowed = { interval: { ...ALL }, nulls: false, notValues: [] };
  let sawValue = false;
  for (const c of cons) {
    if (c.kind === 'isnull') {
      a.nulls = true;
      continue;
    }
    if (c.kind === 'notnull') continue;
    if (!c.nodes || !c.op) return undefined;
    const vals = c.nodes.map((n) => valueOf(n, domain));
    if (vals.some((v) => v === undefined)) return undefined;
    const vs = vals as Val[];
    sawValue = true;
    switch (c.op) {
      case '=':
        a.points = a.points ? a.points.filter((p) => vs.includes(p)) : [...vs];
        break;
      case '<>':
      case '!=':
        a.notValues.push(...vs);
        break;
      case '<':
        a.interval = intersect(a.interval, { hi: vs[0], hiInc: false, loInc: true });
        break;
      case '<=':
        a.interval = intersect(a.interval, { hi: vs[0], hiInc: true, loInc: true });
        break;
      case '>':
        a.interval = intersect(a.interval, { lo: vs[0], loInc: false, hiInc: true });
        break;
      case '>=':
        a.interval = intersect(a.interval, { lo: vs[0], loInc: true, hiInc: true });
        break;
      case 'between':
        a.interval = intersect(a.interval, { lo: vs[0], loInc: true, hi: vs[1], hiInc: true });
        break;
      default:
        return undefined;
    }
  }
  if (a.nulls && sawValue) return undefined;
  return a;
}

function boundVal(b: { kind: string; text?: string }, domain: Domain): Val | null | undefined {
  if (b.kind === 'minvalue' || b.kind === 'maxvalue') return null;
  return parseText(b.text ?? '', domain);
}

/**
 * True when constant conditions on the (single-column) key leave every partition of a level in
 * play, so that level prunes nothing; false when some partition is excluded or it cannot tell.
 */
export function coversEveryPartition(strategy: 'range' | 'list' | 'hash', key: readonly KeyPart[], partitions: readonly Partition[], cons: readonly ValueCon[]): boolean {
  const m = matching(strategy, key, partitions, cons, true);
  return m !== undefined && m.every((x) => x);
}

/** True when constant conditions on the key match none of the partitions (all are excluded). */
export function excludesEveryPartition(strategy: 'range' | 'list' | 'hash', key: readonly KeyPart[], partitions: readonly Partition[], cons: readonly ValueCon[]): boolean {
  const m = matching(strategy, key, partitions, cons);
  return m !== undefined && m.every((x) => !x);
}

/** For each partition, whether the conditions can match rows in it; undefined when unknown. */
export function matching(
  strategy: 'range' | 'list' | 'hash',
  key: readonly KeyPart[],
  partitions: readonly Partition[],
  cons: readonly ValueCon[],
  stopOnMiss = false,
): boolean[] | undefined {
  // A multi-column RANGE key is judged on its first column: each partition holds the first
  // column's values between its bounds' first elements (see computeRangeSlots).
  if ((key.length !== 1 && strategy !== 'range') || partitions.length === 0 || strategy === 'hash' || cons.length === 0) return undefined;
  const domain = domainOf(key[0]!);
  if (!domain) return undefined;
  // Exact text matches only LIST equality (`=`, IN); order needs the type's comparison.
  if (domain === 'exact' && (strategy !== 'list' || cons.some((c) => c.op !== undefined && c.op !== '='))) return undefined;
  const a = allowed(cons, domain);
  if (!a) return undefined;
  const inAllowed = (v: Val): boolean => contains(a.interval, v) && (!a.points || a.points.includes(v)) && !a.notValues.includes(v);
  if (strategy === 'list') {
    const out: boolean[] = [];
    for (const p of partitions) {
      const b = p.bound;
      if (b.kind === 'default') {
        // The default holds every value no list names (and NULL when no list has it).
        if (a.nulls) {
          out.push(!partitions.some((q) => q.bound.kind === 'list' && q.bound.values.includes(null)));
          continue;
        }
        if (a.points) {
          const named = namedValues(partitions, domain);
          out.push(!a.points.filter(inAllowed).every((v) => named.has(v)));
          continue;
        }
        out.push(true);
        continue;
      }
      if (b.kind !== 'list') return undefined;
      const vals = listValues(p, domain);
      if (vals.some((v) => v === undefined)) return undefined;
      // A partition holding only NULL matches no strict comparison.
      out.push(a.nulls ? vals.includes(null) : vals.some((v) => v !== null && inAllowed(v as Val)));
    }
    return out;
  }
  // RANGE: a partition is [from, to); NULL goes to the default partition.
  if (a.nulls) return partitions.map((p) => p.bound.kind === 'default');
  const parsed = rangeSlots(partitions, domain);
  if (!parsed) return undefined;
  const { ranges, slot } = parsed;
  const hits = (r: Interval): boolean => {
    if (a.points) return a.points.some((v) => inAllowed(v) && contains(r, v));
    const i = intersect(a.interval, r);
    if (empty(i)) return false;
    // `<>` removes single values: a partition holding exactly one excluded value is pruned.
    return !(i.lo !== undefined && i.lo === i.hi && a.notValues.includes(i.lo));
  };
  const defaultHit = (): boolean => {
    // The default matches when an allowed value lies outside every bounded partition.
    if (a.points) return a.points.filter(inAllowed).some((v) => !ranges.some((r) => contains(r, v)));
    return gapInCoverage(a, ranges);
  };
  const out: boolean[] = [];
  let dflt: boolean | undefined;
  for (const x of slot) {
    const h = x === 'default' ? (dflt ??= defaultHit()) : hits(x);
    // Asked only whether every partition matches: the first miss answers it.
    if (!h && stopOnMiss) return [false];
    out.push(h);
  }
  return out;
}

/** Whether some value of the allowed interval lies in no bounded range partition. */
function gapInCoverage(a: Allowed, ranges: readonly Interval[]): boolean {
  // Walk the bounded partitions in order from the allowed interval's low end: a gap before the
  // allowed interval ends means some allowed values can only be in the default partition.
  const sorted = [...ranges].sort((x, y) => (x.lo === undefined ? -1 : y.lo === undefined ? 1 : x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : 0));
  let cur = a.interval.lo;
  let unbounded = cur === undefined;
  const hiEnd = a.interval.hi;
  const done = (): boolean => !unbounded && cur !== undefined && hiEnd !== undefined && (cur > hiEnd || (cur === hiEnd && !a.interval.hiInc));
  for (const r of sorted) {
    if (done()) return false;
    if (r.hi !== undefined && !unbounded && cur !== undefined && r.hi <= cur) continue;
    if (r.lo !== undefined && (unbounded || (cur !== undefined && r.lo > cur))) return true;
    if (r.hi === undefined) return false;
    cur = r.hi;
    unbounded = false;
  }
  return !done();
}

// Parsed bounds, cached per partition list and domain: a query is checked against the same
// catalog many times, and parsing every bound for every condition would dominate the analysis.
const rangeCache = new WeakMap<readonly Partition[], Map<Domain, { ranges: Interval[]; slot: (Interval | 'default')[] } | null>>();

function rangeSlots(partitions: readonly Partition[], domain: Domain): { ranges: Interval[]; slot: (Interval | 'default')[] } | undefined {
  let byDomain = rangeCache.get(partitions);
  if (!byDomain) rangeCache.set(partitions, (byDomain = new Map()));
  let hit = byDomain.get(domain);
  if (hit === undefined) {
    hit = computeRangeSlots(partitions, domain) ?? null;
    byDomain.set(domain, hit);
  }
  return hit ?? undefined;
}

function computeRangeSlots(partitions: readonly Partition[], domain: Domain): { ranges: Interval[]; slot: (Interval | 'default')[] } | undefined {
  const ranges: Interval[] = [];
  const slot: (Interval | 'default')[] = [];
  for (const p of partitions) {
    const b = p.bound;
    if (b.kind === 'default') {
      slot.push('default');
      continue;
    }
    if (b.kind !== 'range' || b.from.length === 0 || b.from.length !== b.to.length) return undefined;
    const lo = boundVal(b.from[0]!, domain);
    const hi = boundVal(b.to[0]!, domain);
    if (lo === undefined || hi === undefined) return undefined;
    // With more key columns, (x, …) to (y, …) holds first-column values from x to y: x itself
    // unless every later FROM element is MAXVALUE, y itself unless every later TO element is
    // MINVALUE.
    const loInc = !(b.from.length > 1 && b.from.slice(1).every((v) => v.kind === 'maxvalue'));
    const hiInc = b.to.length > 1 && !b.to.slice(1).every((v) => v.kind === 'minvalue');
    const r: Interval = { ...(lo !== null ? { lo } : {}), loInc, ...(hi !== null ? { hi } : {}), hiInc };
    ranges.push(r);
    slot.push(r);
  }
  return { ranges, slot };
}

const listCache = new WeakMap<Partition, Map<Domain, (Val | null | undefined)[]>>();

function listValues(p: Partition, domain: Domain): (Val | null | undefined)[] {
  let byDomain = listCache.get(p);
  if (!byDomain) listCache.set(p, (byDomain = new Map()));
  let hit = byDomain.get(domain);
  if (!hit) {
    hit = p.bound.kind === 'list' ? p.bound.values.map((v) => (v === null ? null : parseText(v, domain))) : [];
    byDomain.set(domain, hit);
  }
  return hit;
}

const namedCache = new WeakMap<readonly Partition[], Map<Domain, Set<Val | null | undefined>>>();

function namedValues(partitions: readonly Partition[], domain: Domain): Set<Val | null | undefined> {
  let byDomain = namedCache.get(partitions);
  if (!byDomain) namedCache.set(partitions, (byDomain = new Map()));
  let hit = byDomain.get(domain);
  if (!hit) {
    hit = new Set(partitions.flatMap((q) => (q.bound.kind === 'list' ? listValues(q, domain) : [])));
    byDomain.set(domain, hit);
  }
  return hit;
}
