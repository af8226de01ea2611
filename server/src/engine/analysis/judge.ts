/**
 * The verdict for one reference: every partitioning level is tried with the reference's
 * conjuncts and the constants its equivalence classes give; the first level that prunes makes it
 * prunable, else the first level that mentions its key explains why not.
 */
import { displayIdent, displayName, type PartitionedTable } from '../catalog/model';
import { byteToUtf16, type AstNode, type OffsetRange, type ParsedStatement } from '../sql/parse';
import { insertionPoint } from './fix';
import { coversEveryPartition, excludesEveryPartition, matching } from './bounds';
import { opName } from './expr';
import { Joins, type Equivalences } from './joins';
import { collationMismatch, opclassMismatch } from './operators';
import { decide, type Con, type Ctx, type Eval } from './predicates';
import { keyPartName, namesAny, ownBoundOf, readsWholeRow, schemeColumns, schemesOf, type Scheme } from './schemes';
import { columnEqualities } from './shape';
import type { RefItem, Scope } from './scope';
import type { PruneVerdict, TableReferenceVerdict } from './verdict';

export type StatementKind = TableReferenceVerdict['statement'];

/** How bad a verdict is, to keep the worst when one name is judged several times. */
const SEVERITY: Record<PruneVerdict, number> = { prunable: 0, 'runtime-only': 1, 'not-prunable': 2, missing: 2 };

export class Judge extends Joins {
  protected readonly verdicts = new Map<number, TableReferenceVerdict>();
  protected kind: StatementKind = 'other';

  // ---- the verdict for one reference ------------------------------------------------------

  protected judge(ref: RefItem, conj: AstNode[], scope: Scope, delayed: readonly AstNode[] = []): void {
    const schemes = schemesOf(ref.table);
    const ec = this.equivalences(conj, scope);
    if (this.contradictory(conj, delayed, scope, ec)) {
      this.record(ref, 'prunable', 'the conditions contradict each other, so PostgreSQL scans no partition');
      return;
    }
    if (this.outsideOwnBound(ref, conj, scope)) {
      this.record(ref, 'prunable', 'the conditions contradict the partition\'s own bound, so PostgreSQL scans none of its partitions');
      return;
    }
    let mentioned = false;
    let firstReason: string | undefined;
    let prunable = false;
    let runtimeReason: string | undefined;
    let runtimeInitPlan = false;
    for (const scheme of schemes) {
      const ev: Eval = { cons: [], orOk: false, mentions: false, reasons: [] };
      const hasDefault = scheme !== schemes[0] && scheme.partitions.some((p) => p.bound.kind === 'default');
      const ctx: Ctx = { ref, scheme, scope, ...(hasDefault ? { top: schemes[0]! } : {}) };
      // A conjunct that names none of the key's columns (nor, for a whole-row key, the row) can neither constrain nor mention it.
      const cols = readsWholeRow(scheme) ? new Set([...schemeColumns(scheme), '*', ...ref.names]) : schemeColumns(scheme);
      for (const c of conj) if (namesAny(c, cols)) this.evalNode(c, false, ev, ctx);
      for (const [idx, part] of scheme.key.entries()) {
        if (part.kind !== 'column') continue;
        const k = `#${ref.id}.${part.column}`;
        const v = ec.constOf.get(k);
        // An equality the parser resolves in another type (`int_key = 1.0`) is no key equality.
        if (v && !opclassMismatch(part, v) && !collationMismatch(part, v, undefined)) {
          ev.cons.push({ idx, kind: 'eq', op: '=', nodes: [v] });
          ev.mentions = true;
        }
      }
      const d = decide(ev, scheme);
      if (d.ok && this.coversAll(ev, scheme)) {
        mentioned = true;
        firstReason ??= `the condition on ${keyPartName(scheme.key[0]!)} matches every partition's bounds, so it excludes none`;
        continue;
      }
      if (d.ok) {
        prunable = true;
        break;
      }
      if (runtimeReason === undefined && decide(ev, scheme, true).ok) {
        const rt = ev.cons.filter((c) => c.runtime !== undefined);
        runtimeReason = rt[0]?.runtime ?? '';
        runtimeInitPlan = rt.length > 0 && rt.every((c) => c.initplan === true);
      }
      if (ev.mentions) {
        mentioned = true;
        // The first level that mentions its key explains the verdict (the top level when it does).
        firstReason ??= d.reason ?? ev.reasons[0];
      }
    }
    const top = schemes[0]!;
    const keyNames = top.key.map(keyPartName).join(', ');
    if (!prunable && !mentioned) {
      const cols = new Set(schemes.flatMap((sc) => [...schemeColumns(sc)]));
      const late = delayed.find((c) => namesAny(c, cols) && schemes.some((sc) => this.mentionsKey(c, { ref, scheme: sc, scope })));
      if (late) {
        mentioned = true;
        firstReason = `the condition on ${keyNames} is in WHERE but the table is on the nullable side of an outer join, so PostgreSQL applies it after the join instead of when scanning`;
      }
    }
    let verdict: PruneVerdict;
    let reason: string;
    if (prunable) {
      verdict = 'prunable';
      reason = 'a condition on the partition key lets PostgreSQL prune partitions';
    } else if (runtimeReason !== undefined) {
      verdict = 'runtime-only';
      reason = runtimeReason;
    } else if (!mentioned) {
      verdict = 'missing';
      reason = `has no condition on ${keyNames}`;
      if (schemes.length > 1) {
        const sub = [...new Set(schemes.slice(1).flatMap((s) => s.key.map(keyPartName)))].join(', ');
        reason += ` (nor on the sub-partition key ${sub})`;
      }
    } else {
      verdict = 'not-prunable';
      reason = firstReason ?? `the condition on ${keyNames} cannot be used for pruning`;
    }
    this.record(ref, verdict, reason, verdict === 'runtime-only' ? (runtimeInitPlan ? 'initplan' : 'join') : undefined);
  }

  /**
   * Whether the conditions can never hold, which makes PostgreSQL plan no scan at all: a constant
   * false or NULL condition (`WHERE false`, `1 = 0`), or one equivalence class equal to two
   * different constants (`status = 'a' AND status = 'b'`).
   */
  protected contradictory(conj: readonly AstNode[], delayed: readonly AstNode[], scope: Scope, ec: Equivalences): boolean {
    for (const c of conj) if (isConstantFalse(c)) return true;
    for (const c of delayed) if (isConstantFalse(c)) return true;
    // Cheap pre-check by column name: two constants for one name are needed at all.
    const byName = new Map<string, number>();
    let twice = false;
    for (const c of conj) {
      const b = c.A_Expr;
      if (!b || b.kind !== 'AEXPR_OP' || !(b.lexpr?.A_Const || b.rexpr?.A_Const)) continue;
      const col = b.lexpr?.ColumnRef ?? b.rexpr?.ColumnRef;
      const name = col?.fields?.at(-1)?.String?.sval as string | undefined;
      if (name === undefined) continue;
      const n = (byName.get(name) ?? 0) + 1;
      byName.set(name, n);
      if (n > 1) twice = true;
    }
    if (!twice && ec.members.size === 0) return false;
    const seen = new Map<string, string>();
    for (const [col, val] of columnEqualities(conj)) {
      if (!val?.A_Const || val.A_Const.isnull) continue;
      const root = ec.find(this.colKey(col.ColumnRef, scope));
      const v = constText(val);
      const prev = seen.get(root);
      if (prev !== undefined && prev !== v) return true;
      seen.set(root, v);
    }
    return false;
  }

  /**
   * Whether the constant conditions of one level keep every partition of it: the AND-group's
   * conditions, or, when an OR made the level prunable, the union of its branches.
   */
  protected coversAll(ev: Eval, scheme: Scheme): boolean {
    const usable = (cs: readonly Con[]): Con[] => cs.filter((c) => c.idx === 0 && c.runtime === undefined);
    const outside = usable(ev.cons);
    // A later column of a multi-column RANGE key prunes too after `=` on the first, and after
    // `>=` (`<=`) on the first when it is bounded the same way (`>=` / `>`, `<=` / `<`), as the
    // planner builds a bound from the prefix: then the first column alone does not tell.
    const later = (cs: readonly Con[]): Con[] => cs.filter((c) => c.idx > 0 && c.runtime === undefined);
    if (scheme.key.length > 1 && (later(ev.cons).length > 0 || (ev.orArms ?? []).some((arms) => arms.some((a) => later(a).length > 0)))) {
      if ((ev.orArms ?? []).length > 0) return false;
      const first = new Set(outside.map((c) => c.op ?? c.kind));
      const next = new Set(later(ev.cons).map((c) => c.op ?? c.kind));
      const lower = first.has('>=') || first.has('between');
      const upper = first.has('<=') || first.has('between');
      const unknown = [...next].some((o) => !['=', '<', '<=', '>', '>=', 'between'].includes(o));
      if (first.has('=') || first.has('eq') || first.has('in') || unknown) return false;
      if (lower && ['>=', '>', 'between'].some((o) => next.has(o))) return false;
      if (upper && ['<=', '<', 'between'].some((o) => next.has(o))) return false;
    }
    if (!ev.orOk) return coversEveryPartition(scheme.strategy, scheme.key, scheme.partitions, outside);
    // Some OR prunes: the level covers everything only if, for one such OR, every partition is
    // matched by some branch (with the conditions outside the OR).
    return (ev.orArms ?? []).some((arms) => {
      const hit = scheme.partitions.map(() => false);
      for (const arm of arms) {
        const m = matching(scheme.strategy, scheme.key, scheme.partitions, [...outside, ...usable(arm)]);
        if (!m) return false;
        m.forEach((x, i) => {
          if (x) hit[i] = true;
        });
      }
      return hit.every((x) => x);
    });
  }

  /**
   * A sub-partitioned partition queried directly that has a default partition: PostgreSQL adds
   * its own partition constraint to the conditions, so conditions outside its bound prune all.
   */
  protected outsideOwnBound(ref: RefItem, conj: AstNode[], scope: Scope): boolean {
    const own = ownBoundOf(ref.table);
    if (!own || !ref.table.partitions.some((p) => p.bound.kind === 'default')) return false;
    const ev: Eval = { cons: [], orOk: false, mentions: false, reasons: [] };
    const ctx: Ctx = { ref, scheme: own, scope };
    for (const c of conj) this.evalNode(c, false, ev, ctx);
    return excludesEveryPartition(own.strategy, own.key, own.partitions, ev.cons.filter((c) => c.idx === 0 && c.runtime === undefined));
  }

  protected record(ref: RefItem, verdict: PruneVerdict, reason: string, runtime?: TableReferenceVerdict['runtime']): void {
    const loc = Number(ref.rv.location ?? 0);
    const alias = ref.rv.alias?.aliasname as string | undefined;
    const qualifier = displayIdent(alias ?? String(ref.rv.relname));
    const existing = this.verdicts.get(loc);
    // An inlined CTE referenced several times yields several verdicts for one name: keep the worst.
    if (existing && SEVERITY[existing.verdict] > SEVERITY[verdict]) return;
    this.verdicts.set(loc, new Verdict(this.stmt, ref.table, loc, alias, qualifier, verdict, reason, this.kind, runtime));
  }
}

/**
 * One verdict. A class with prototype getters, because the range and the insertion point cost
 * a scan of the statement and most verdicts (prunable ones) never need them.
 */
class Verdict implements TableReferenceVerdict {
  private rangeMemo: OffsetRange | undefined;
  private insertMemo: TableReferenceVerdict['insertAt'] | null | undefined;

  constructor(
    private readonly stmt: ParsedStatement,
    readonly table: PartitionedTable,
    readonly location: number,
    readonly alias: string | undefined,
    readonly qualifier: string,
    readonly verdict: PruneVerdict,
    readonly reason: string,
    readonly statement: StatementKind,
    readonly runtime: TableReferenceVerdict['runtime'],
  ) {}

  get tableName(): string {
    return displayName(this.table.schema, this.table.name);
  }

  get range(): OffsetRange {
    return (this.rangeMemo ??= nameRange(this.stmt, this.location));
  }

  get insertAt(): TableReferenceVerdict['insertAt'] {
    if (this.insertMemo === undefined) {
      const usable = this.verdict !== 'prunable' && this.statement !== 'merge';
      this.insertMemo = (usable ? insertionPoint(this.stmt, this.location) : undefined) ?? null;
    }
    return this.insertMemo ?? undefined;
  }

  toJSON(): Record<string, unknown> {
    const { table, tableName, range, location, alias, qualifier, verdict, reason, insertAt, statement } = this;
    return { table, tableName, range, location, alias, qualifier, verdict, reason, insertAt, statement };
  }
}

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Document range of the (possibly qualified, possibly quoted) name starting at a byte location,
 * scanned from the statement text; the same range `ParsedStatement.nameRange` gives, without
 * running the whole-statement scanner for every reference.
 */
function nameRange(stmt: ParsedStatement, byteLoc: number): OffsetRange {
  const sql = stmt.sql;
  const ascii = !/[^\u0000-\u007f]/.test(sql);
  const start = ascii ? byteLoc : byteToUtf16(sql)(byteLoc);
  let i = start;
  const ident = (): boolean => {
    if (sql[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = sql.indexOf('"', j);
        if (q < 0) return false;
        if (sql[q + 1] === '"') j = q + 2;
        else {
          i = q + 1;
          return true;
        }
      }
    }
    if (!IDENT_START.test(sql[i] ?? '')) return false;
    i++;
    while (i < sql.length && IDENT_PART.test(sql[i]!)) i++;
    return true;
  };
  if (!ident()) return stmt.nameRange(byteLoc);
  let end = i;
  while (sql[i] === '.') {
    i++;
    if (!ident()) break;
    end = i;
  }
  const toByte = (c: number): number => (ascii ? c : Buffer.byteLength(sql.slice(0, c)));
  return { start: stmt.offsetOf(toByte(start)), end: stmt.offsetOf(toByte(end)) };
}

/** A literal's kind and text, so `1` and `'1'` differ but two spellings of one kind compare. */
function constText(n: AstNode): string {
  const c = n.A_Const;
  if (c.ival) return `i:${String(c.ival.ival ?? 0)}`;
  if (c.fval) return `f:${String(c.fval.fval)}`;
  if (c.sval) return `s:${String(c.sval.sval ?? '')}`;
  if (c.boolval) return `b:${String(c.boolval.boolval ?? false)}`;
  return `?:${JSON.stringify(c)}`;
}

/** `false`, `NULL`, `1 = 0`, `'a' = 'b'`: a condition the planner folds to false or NULL. */
function isConstantFalse(c: AstNode): boolean {
  const k = c?.A_Const ?? (c?.TypeCast ? c.TypeCast.arg?.A_Const : undefined);
  if (k) {
    if (k.isnull) return true;
    if (k.boolval !== undefined) return k.boolval.boolval !== true;
    const sv = c.TypeCast && k.sval ? String(k.sval.sval ?? '').trim().toLowerCase() : undefined;
    return sv === 'f' || sv === 'false';
  }
  const b = c?.A_Expr;
  if (b && b.kind === 'AEXPR_OP' && b.lexpr?.A_Const && b.rexpr?.A_Const && !b.lexpr.A_Const.isnull && !b.rexpr.A_Const.isnull) {
    const l = constText(b.lexpr);
    const r = constText(b.rexpr);
    if (l[0] !== r[0]) return false;
    if (opName(b) === '=') return l !== r;
    if (opName(b) === '<>' || opName(b) === '!=') return l === r;
  }
  return false;
}
