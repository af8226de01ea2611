/**
 * ActiveRecord query methods applied to a relation state: `where`/`rewhere`/`or`/`not`/`merge`,
 * hash and string conditions → predicates, finders (`find`, `find_by`, dynamic finders),
 * `joins`/`left_joins`, terminals and no-ops (see ar.ts for the evaluator).
 */
import { sameTable, type CmpOp, type Join, type Pred } from '../../query/model';
import type { TableName } from './models';
import { callOptions } from './declarations';
import { predShape } from '../../query/render';
import type { SqlText } from '../../query/sqltext';
import { isStringNode } from './strings';
import { child, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { mapCands, touched } from './ar-calls';
import { ORDERING, recordWrite, subqueryWrite, touchOwners } from './ar-writes';
import { visit } from './ar-visit';
import { localHashPaths } from './ar-hash';
import { sqlOfString, stringCondition } from './ar-local-sql';
import { associationJoin, evalValue, rangeOf } from './ar';
import { emit, refinedAt } from './ar-emit';
import { fewest, sig, toModel, valueKey } from './ar-model';
import { modelMethod } from './ar-model-methods';
import { BLOCKLESS_ENUMERABLES, MAX_CANDIDATES, NO_OP, NOT_QUERIES, OTHER, TERMINAL_COUNT, TERMINAL_PLUCK, TERMINAL_SELECT, UNKNOWN, type Env, type EvalContext, type Rel, type Val } from './ar-values';
import { associationJoins } from './through-joins';
import { foundOrBuiltRecord } from './found-or-built';
import { hashPreds } from './ar-hash-conditions';

const REFINING = new Set(['where', 'rewhere', 'or', 'and', 'merge', 'not', 'unscope', 'unscoped', 'joins', 'left_joins', 'left_outer_joins', 'includes', 'eager_load', 'references']);

/** Applies one method to a relation state (and records refinements made in followed methods). */
export function applyMethod(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  const v = applyMethodInner(ctx, state, call, name, args, env);
  if (ctx.method && v.k === 'rel' && (REFINING.has(name) || state.cands[0]!.model.scope(name) !== undefined)) return refinedAt(ctx, v, call, name);
  return v;
}

function applyMethodInner(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  const hasBlock = !!child(call, 'block');
  const t = (r: Rel): Rel => touched(ctx, r, call);
  const evalArgsAsValues = (): void => args.forEach((a) => visit(ctx, a, env, 'value', false));

  const model = state.cands[0]!.model;
  // Scopes and class methods of the model win over ActiveRecord's own names.
  const own = modelMethod(ctx, state, call, name, args, env);
  if (own) return own;

  if (name === 'where' || name === 'rewhere' || name === 'and' || name === 'or' || name === 'merge' || name === 'not' || name === 'excluding' || name === 'without') {
    return applyWhereLike(ctx, state, call, name, args, env);
  }
  if (name === 'unscoped') {
    if (hasBlock) return OTHER;
    return mapCands(state, (r) => t({ ...r, preds: [], joins: [], includes: [] }));
  }
  if (name === 'unscope') {
    const opts = callOptions(ctx.src, child(call, 'arguments'));
    const whereOpt = opts.get('where');
    if (args.some((a) => symbolOrStringValue(ctx.src, a) === 'where')) return mapCands(state, (r) => t({ ...r, preds: [] }));
    if (whereOpt) {
      const cols = symbolsOf(ctx, whereOpt);
      if (!cols) return UNKNOWN;
      return mapCands(state, (r) => t({ ...r, preds: removeColumns(r.preds, cols.map((c) => r.model.column(c))) }));
    }
    return mapCands(state, t);
  }
  if (name === 'none') return mapCands(state, (r) => t({ ...r, none: true }));
  if (name === 'preload') {
    // `preload(:a, :b)`: a second query per association when the records load.
    const names = args.map((a) => [symbolOrStringValue(ctx.src, a), a] as const).filter((x): x is readonly [string, RNode] => x[0] !== undefined && x[1].type !== 'string');
    if (names.length !== args.length) {
      evalArgsAsValues();
      return mapCands(state, t);
    }
    return mapCands(state, (r) => t({ ...r, includes: [...r.includes, ...names.map(([n, node]) => ({ name: n, range: rangeOf(ctx, node), preload: true }))] }));
  }
  if (NO_OP.has(name)) {
    evalArgsAsValues();
    return mapCands(state, (r) => t(ORDERING.test(name) && args.length > 0 ? { ...r, ordered: true } : r));
  }
  if (name === 'select' && !hasBlock) {
    const cols = args.map((a) => symbolOrStringValue(ctx.src, a));
    const first = cols[0];
    return mapCands(state, (r) => t({ ...r, ...(first !== undefined && cols.length === 1 && /^\w+$/.test(first) ? { select: first } : {}) }));
  }
  if (name === 'references') {
    const names = args.map((a) => symbolOrStringValue(ctx.src, a)).filter((x): x is string => x !== undefined);
    return mapCands(state, (r) => t({ ...r, references: [...r.references, ...names] }));
  }
  if (name === 'joins' || name === 'left_joins' || name === 'left_outer_joins' || name === 'eager_load' || name === 'includes') {
    return applyJoins(ctx, state, call, name, args, env);
  }
  if (name === 'missing' || name === 'associated') return applyMissing(ctx, state, call, args, env, name === 'associated');
  if (name === 'from' || name === 'with' || name === 'invert_where' || name === 'only' || name === 'except') {
    evalArgsAsValues();
    return UNKNOWN;
  }

  if (BLOCKLESS_ENUMERABLES.test(name) && !hasBlock && !args.length && state.cands.every((r) => r.bare)) return OTHER;
  // Terminals: the relation is executed here.
  if (TERMINAL_SELECT.has(name) || (name === 'select' && hasBlock)) {
    evalArgsAsValues();
    if (name.startsWith('find_or_') || name === 'create_or_find_by') {
      const w = keepFix(state, applyWhereLike(ctx, state, call, 'where', args, env));
      if (w.k === 'rel') emit(ctx, w.cands, { k: 'select', limit: true }, call);
      // `find_or_create_by!` raises unless the row it returns is in the table (found or inserted).
      if (state.cands.length !== 1) return OTHER;
      return PERSISTING.test(name) ? { k: 'rec', model, persisted: true } : (foundOrBuiltRecord(name, model) ?? OTHER);
    }
    // `first_or_initialize` / `first_or_create`: the first row of the relation, or a record built from its conditions.
    const built = state.cands.length === 1 ? foundOrBuiltRecord(name, model) : undefined;
    const one = /^(first|last|take|second|third|sole|forty_two)!?$/.test(name) && !args.length;
    emit(ctx, state.cands, { k: 'select', limit: one || /^(first|last|take|second|third|sole)/.test(name) }, call);
    // `destroy_all` loads the records, then deletes each one by its primary key.
    if (name === 'destroy_all' && state.cands.length === 1) recordWrite(ctx, model, call, 'destroy', []);
    if (built) return built;
    return (one || (PERSISTING.test(name) && !args.length)) && state.cands.length === 1 ? { k: 'rec', model, persisted: true } : OTHER;
  }
  if (TERMINAL_COUNT.has(name)) {
    if (name === 'exists?' && args.length) {
      const w = keepFix(state, findArgs(ctx, state, call, args, env));
      if (w.k === 'rel') emit(ctx, w.cands, { k: 'exists' }, call);
      return OTHER;
    }
    evalArgsAsValues();
    emit(ctx, state.cands, name === 'exists?' || name === 'any?' || name === 'none?' || name === 'empty?' ? { k: 'exists' } : { k: 'count' }, call);
    return OTHER;
  }
  if (TERMINAL_PLUCK.has(name)) {
    const cols = args.map((a) => symbolOrStringValue(ctx.src, a)).filter((x): x is string => x !== undefined);
    emit(ctx, state.cands, { k: 'pluck', columns: name.endsWith('ids') ? [model.primaryKey[0] ?? 'id'] : cols }, call);
    return OTHER;
  }
  if (name === 'find' || name === 'find_by' || name === 'find_by!' || name === 'find_sole_by' || (name.startsWith('find_by_') && name !== 'find_by_sql')) {
    const w = keepFix(state, name === 'find' ? findById(ctx, state, call, args, env) : name.startsWith('find_by_') ? dynamicFinder(ctx, state, call, name, args, env) : applyWhereLike(ctx, state, call, 'where', args, env));
    if (w.k === 'rel') emit(ctx, w.cands, { k: 'select', limit: true }, call);
    if (name === 'find' && (hasBlock || args.length !== 1 || args[0]!.type === 'array')) return OTHER;
    // A finder returns a row it loaded or nil (never a new record): a write called on its result runs on a persisted row.
    return state.cands.length === 1 ? { k: 'rec', model, persisted: true } : OTHER;
  }
  if (name === 'update_all' || name === 'delete_all') {
    const first = args[0];
    let set: SqlText | string[] | undefined;
    if (first && (isStringNode(first) || first.type === 'heredoc_beginning')) set = sqlOfString(ctx, first);
    else set = hashKeys(ctx, args) ?? undefined;
    evalArgsAsValues();
    emit(ctx, state.cands.map(subqueryWrite), name === 'delete_all' ? { k: 'delete' } : { k: 'update', set }, call);
    return OTHER;
  }
  if (name === 'delete_by' || name === 'destroy_by') {
    const w = keepFix(state, applyWhereLike(ctx, state, call, 'where', args, env));
    if (w.k === 'rel') emit(ctx, w.cands, name === 'delete_by' ? { k: 'delete' } : { k: 'select' }, call);
    return OTHER;
  }
  if ((name === 'destroy' || name === 'destroy!' || name === 'delete') && args.length === 1 && state.cands.length === 1) {
    // `Lead.destroy(id)`: `find(id)`, then a delete by the primary key; `Lead.delete(id)`: the delete alone.
    const w = keepFix(state, findById(ctx, state, call, args, env));
    if (w.k === 'rel') emit(ctx, w.cands, name === 'delete' ? { k: 'delete' } : { k: 'select', limit: true }, call);
    if (name !== 'delete') recordWrite(ctx, model, call, 'destroy', []);
    return OTHER;
  }
  if (/^(increment_counter|decrement_counter|update_counters)$/.test(name) && args.length >= 2 && state.cands.length === 1) {
    // `Lead.increment_counter(:views, id)`: `UPDATE leads SET … WHERE leads.id = $1` (by primary key, unscoped).
    evalArgsAsValues();
    recordWrite(ctx, model, call, 'update', []);
    return OTHER;
  }
  if (name === 'new' || name === 'build' || name === 'create' || name === 'create!') {
    evalArgsAsValues();
    if ((name === 'create' || name === 'create!') && state.cands.length === 1) touchOwners(ctx, model, call, name, args);
    return state.cands.length === 1 ? { k: 'rec', model, persisted: name === 'create!' } : OTHER;
  }
  if (NOT_QUERIES.has(name)) {
    evalArgsAsValues();
    return OTHER;
  }
  evalArgsAsValues();
  return UNKNOWN;
}

/** `column IN (SELECT … FROM …)` of a relation given as a condition's value (its `select`, else its primary key). */
export function subqueryPred(table: TableName, column: string, r: Rel): Pred {
  return { k: 'sub', table, column, not: false, query: toModel(r), select: r.model.column(r.select ?? r.model.primaryKey[0] ?? 'id') };
}

/** Finders that return a row of the table or raise (`…_or_initialize_by` may return a new record). */
const PERSISTING = /^(?:find_or_create_by!|create_or_find_by!|first_or_create!)$/;

/** A terminal that takes conditions (`find(id)`, `find_by(…)`) keeps the insertion point before it. */
function keepFix(before: Val & { k: 'rel' }, after: Val): Val {
  if (after.k !== 'rel' || after.cands.length !== before.cands.length) return after;
  return { k: 'rel', cands: after.cands.map((r, i) => ({ ...r, fixAt: before.cands[i]!.fixAt })) };
}

function symbolsOf(ctx: EvalContext, n: RNode): string[] | undefined {
  const one = symbolOrStringValue(ctx.src, n);
  if (one !== undefined) return [one];
  if (n.type !== 'array') return undefined;
  const out: string[] = [];
  for (const e of namedChildren(n)) {
    const v = symbolOrStringValue(ctx.src, e);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

function removeColumns(preds: readonly Pred[], cols: readonly string[]): Pred[] {
  return preds.filter((p) => !((p.k === 'cmp' || p.k === 'null' || p.k === 'sub') && cols.includes(p.column)));
}

export function hashKeys(ctx: EvalContext, args: RNode[]): string[] | undefined {
  const keys: string[] = [];
  for (const a of args) {
    const pairs = a.type === 'hash' ? namedChildren(a) : [a];
    for (const p of pairs) {
      if (p.type !== 'pair') return undefined;
      const k = symbolOrStringValue(ctx.src, child(p, 'key'));
      if (k === undefined) return undefined;
      keys.push(k);
    }
  }
  return keys;
}

function applyWhereLike(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env, operand?: Rel): Val {
  const t = (r: Rel): Rel => touched(ctx, r, call);
  if (name === 'or' || name === 'and' || name === 'merge') {
    const arg = args[0];
    if (!operand && (args.length !== 1 || !arg)) return UNKNOWN;
    const v: Val = operand ? { k: 'rel', cands: [operand] } : evalOperand(ctx, arg!, env, state);
    if (arg) ctx.consumed.add(arg);
    if (v.k !== 'rel' || v.cands.length * state.cands.length > MAX_CANDIDATES * MAX_CANDIDATES) return UNKNOWN;
    // Alternatives on both sides: every pair (a side lacking the key lacks it in its own pair too).
    if (v.cands.length > 1) {
      const each = v.cands.map((other) => applyWhereLike(ctx, state, call, name, [], env, other));
      const few = each.every((x) => x.k === 'rel') ? fewest(each.flatMap((x) => (x.k === 'rel' ? x.cands : []))) : undefined;
      return few ? { k: 'rel', cands: few } : UNKNOWN;
    }
    const other = v.cands[0]!;
    return mapCands(state, (r) => {
      if (name === 'or') {
        if (!sameTable(other.model.table, r.model.table)) return undefined;
        const os = new Set(other.preds.map(sig));
        const rs = new Set(r.preds.map(sig));
        const common = r.preds.filter((p) => os.has(sig(p)));
        const left = r.preds.filter((p) => !os.has(sig(p)));
        const right = other.preds.filter((p) => !rs.has(sig(p)));
        const preds = left.length === 0 || right.length === 0 ? common : [...common, { k: 'or' as const, parts: [and(left), and(right)] }];
        return t({ ...r, preds, joins: mergeJoins(r.joins, other.joins), includes: [...r.includes, ...other.includes] });
      }
      return t({ ...r, preds: [...r.preds, ...other.preds], joins: mergeJoins(r.joins, other.joins), includes: [...r.includes, ...other.includes] });
    });
  }
  if (name === 'excluding' || name === 'without') {
    args.forEach((a) => visit(ctx, a, env, 'value', false));
    return mapCands(state, (r) => t({ ...r, preds: [...r.preds, { k: 'cmp', table: r.model.table, column: r.model.primaryKey[0] ?? 'id', op: 'NOT IN', n: Math.max(1, args.length) }] }));
  }
  if (name === 'where' && args.length === 0) {
    // `where` without arguments starts a WhereChain: `.not(...)` follows.
    return mapCands(state, (r) => ({ ...r, bare: false }));
  }
  const negate = name === 'not';
  const str = stringCondition(ctx, args, env);
  if (str) {
    args.slice(1).forEach((a) => visit(ctx, a, env, 'value', false));
    const p: Pred = { k: 'raw', sql: str, v: valueKey(ctx, args) };
    return mapCands(state, (r) => t({ ...r, preds: [...r.preds, negate ? { k: 'not', part: p } : p] }));
  }
  // `where(conditions)` with a hash built in the method: one candidate per path it is built on.
  const local = args.length === 1 && args[0]!.type === 'identifier' && env.get(textOf(ctx.src, args[0]!))?.k !== 'rel' ? localHashPaths(ctx.src, call, textOf(ctx.src, args[0]!)) : undefined;
  const argSets: RNode[][] = local ? local.map((p) => [...p]) : [args];
  if (argSets.length * state.cands.length > MAX_CANDIDATES) return UNKNOWN;
  const out: Rel[] = [];
  for (const r of state.cands) for (const a of argSets) {
    // `where({})` (a path on which nothing was added) adds no condition.
    const preds = local && !a.length ? [] : hashPreds(ctx, r, a, env);
    if (!preds) return UNKNOWN;
    let base = r.preds;
    if (name === 'rewhere') {
      const cols: string[] = [];
      for (const p of preds) if (p.k === 'cmp' || p.k === 'null' || p.k === 'sub') cols.push(p.column);
      base = removeColumns(base, cols);
    }
    const added = negate ? (preds.length === 1 ? [negatePred(preds[0]!)] : [{ k: 'not' as const, part: and(preds) }]) : preds;
    out.push(t({ ...r, preds: [...base, ...added] }));
  }
  return { k: 'rel', cands: out };
}

/** The relation operand of `or`/`and`/`merge`: a chain, a scope name, or a variable. */
function evalOperand(ctx: EvalContext, arg: RNode, env: Env, state: Val & { k: 'rel' }): Val {
  if (arg.type === 'call' || arg.type === 'identifier' || arg.type === 'constant' || arg.type === 'scope_resolution' || arg.type === 'parenthesized_statements') {
    const implicit = ctx.implicit ?? state.cands[0];
    // Inside a scope body, `or(where(...))` refers to the same model; outside, a bare
    // `where(...)` argument has no receiver we know.
    const sub: EvalContext = ctx.implicit ? ctx : { ...ctx, ...(implicit ? {} : {}) };
    const v = evalValue(sub, arg, env, 'consumed');
    if (v.k === 'rel') return { k: 'rel', cands: v.cands.map((c) => ({ ...c })) };
    return v;
  }
  return UNKNOWN;
}

function joinSig(j: Join): string {
  return j.k === 'raw' ? j.sql.toString() : `${j.kind}\u0000${j.table.schema ?? ''}.${j.table.name}\u0000${j.on.map(predShape).join('\u0001')}`;
}

function mergeJoins(a: readonly Join[], b: readonly Join[]): Join[] {
  const out = [...a];
  for (const j of b) if (!out.some((x) => joinSig(x) === joinSig(j))) out.push(j);
  return out;
}

function and(ps: readonly Pred[]): Pred {
  return ps.length === 1 ? ps[0]! : { k: 'and', parts: ps };
}

function negatePred(p: Pred): Pred {
  switch (p.k) {
    case 'cmp': {
      const inv: Partial<Record<CmpOp, CmpOp>> = { '=': '!=', '!=': '=', IN: 'NOT IN', 'NOT IN': 'IN', '>=': '<', '>': '<=', '<': '>=', '<=': '>', BETWEEN: 'NOT BETWEEN', 'NOT BETWEEN': 'BETWEEN' };
      return { ...p, op: inv[p.op] ?? p.op };
    }
    case 'null':
      return { ...p, not: !p.not };
    case 'sub':
      return { ...p, not: !p.not };
    case 'const':
      return { k: 'const', value: !p.value };
    default:
      return { k: 'not', part: p };
  }
}


function findById(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, args: RNode[], env: Env): Val {
  args.forEach((a) => visit(ctx, a, env, 'value', false));
  if (!args.length) return UNKNOWN;
  return mapCands(state, (r) => {
    const pk = r.model.primaryKey;
    const t = touched(ctx, r, call);
    const first = args[0]!;
    if (pk.length > 1) {
      // A composite primary key: `find([id, created_at])` constrains every key column.
      if (first.type === 'array' && namedChildren(first).length === pk.length) {
        return { ...t, preds: [...r.preds, ...pk.map((c): Pred => ({ k: 'cmp', table: r.model.table, column: c, op: '=', n: 1 }))] };
      }
      return undefined;
    }
    const many = args.length > 1 || first.type === 'array';
    const n = first.type === 'array' ? namedChildren(first).length : args.length;
    return { ...t, preds: [...r.preds, { k: 'cmp', table: r.model.table, column: pk[0] ?? 'id', op: many ? 'IN' : '=', n }] };
  });
}

function findArgs(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, args: RNode[], env: Env): Val {
  const first = args[0]!;
  if (first.type === 'pair' || first.type === 'hash' || isStringNode(first) || first.type === 'array') return applyWhereLike(ctx, state, call, 'where', args, env);
  if (first.type === 'false') return UNKNOWN;
  return findById(ctx, state, call, args, env);
}

function dynamicFinder(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  args.forEach((a) => visit(ctx, a, env, 'value', false));
  const cols = name.replace(/^find_by_/, '').replace(/!$/, '').split('_and_');
  if (cols.length !== args.length) return UNKNOWN;
  return mapCands(state, (r) => touched(ctx, { ...r, preds: [...r.preds, ...cols.map((c): Pred => ({ k: 'cmp', table: r.model.table, column: r.model.column(c), op: '=', n: 1 }))] }, call));
}

/** `where.missing(:agent_outputs)` (Rails 6.1+): `LEFT OUTER JOIN agent_outputs … WHERE agent_outputs.id IS NULL`. */
/**
 * `where.missing(:campaign)`: `LEFT OUTER JOIN campaigns … WHERE campaigns.id IS NULL`;
 * `where.associated(:campaign)` (Rails 7): `INNER JOIN campaigns … WHERE campaigns.id IS NOT NULL`.
 */
function applyMissing(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, args: RNode[], env: Env, associated = false): Val {
  const names = args.map((a) => (a.type === 'string' ? undefined : symbolOrStringValue(ctx.src, a)));
  if (!names.length || names.some((n) => n === undefined)) {
    args.forEach((a) => visit(ctx, a, env, 'value', false));
    return UNKNOWN;
  }
  return mapCands(state, (r0) => {
    let r = touched(ctx, r0, call);
    for (const [i, assoc] of names.entries()) {
      const a = r.model.association(assoc!);
      const target = a ? ctx.index.associationModel(r.model, a, ctx.nesting) : undefined;
      const j = associationJoin(r, assoc!, rangeOf(ctx, args[i]!), associated ? 'INNER' : 'LEFT OUTER', undefined);
      if (!target || !j || j.k !== 'table') return undefined;
      r = { ...r, joins: [...r.joins, j], preds: [...r.preds, { k: 'null', table: j.table, column: target.primaryKey[0] ?? 'id', not: associated }] };
    }
    return r;
  });
}

function applyJoins(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], _env: Env): Val {
  const kind = name === 'joins' ? 'INNER' : 'LEFT OUTER';
  return mapCands(state, (r0) => {
    let r = touched(ctx, r0, call);
    const addAssoc = (owner: Rel, assoc: string, at: RNode, nested: RNode | undefined): Rel | undefined => {
      if (name === 'includes') return { ...owner, includes: [...owner.includes, { name: assoc, range: rangeOf(ctx, at) }] };
      const j = associationJoins(ctx, owner, assoc, rangeOf(ctx, at), kind);
      if (!j) return undefined;
      let next: Rel = { ...owner, joins: [...owner.joins, ...j.joins] };
      if (nested) {
        // `joins(campaign: :user)`: the nested association belongs to the joined model.
        const target = j.target;
        if (!target) return undefined;
        const inner = addNested({ ...next, model: target }, nested);
        if (!inner) return undefined;
        next = { ...next, joins: inner.joins };
      }
      return next;
    };
    const addNested = (owner: Rel, n: RNode): Rel | undefined => {
      const sym = symbolOrStringValue(ctx.src, n);
      if (sym !== undefined && n.type !== 'string') return addAssoc(owner, sym, n, undefined);
      if (n.type === 'array') {
        let cur: Rel | undefined = owner;
        for (const e of namedChildren(n)) {
          if (!cur) return undefined;
          cur = addNested(cur, e);
        }
        return cur;
      }
      if (n.type === 'hash' || n.type === 'pair') {
        const pairs = n.type === 'hash' ? namedChildren(n) : [n];
        let cur: Rel | undefined = owner;
        for (const p of pairs) {
          const k = symbolOrStringValue(ctx.src, child(p, 'key'));
          const kn = child(p, 'key');
          if (!cur || k === undefined || !kn || p.type !== 'pair') return undefined;
          cur = addAssoc(cur, k, kn, child(p, 'value'));
        }
        return cur;
      }
      if (isStringNode(n) || n.type === 'heredoc_beginning') {
        if (name !== 'joins') return undefined;
        const s = sqlOfString(ctx, n);
        if (!s) return undefined;
        return { ...owner, joins: [...owner.joins, { k: 'raw', sql: s }] };
      }
      return undefined;
    };
    for (const a of args) {
      if (name === 'includes' && a.type === 'splat_argument') continue; // (names we cannot read only add preloads)
      const next = addNested(r, a);
      if (!next) return undefined;
      r = { ...next, model: r.model };
    }
    return r;
  });
}
