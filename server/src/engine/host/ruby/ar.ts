/**
 * ActiveRecord query chains → the SQL ActiveRecord would send. One evaluator walks a unit
 * (a method, a block, a top-level statement) in source order with an environment of local
 * relation variables, applies query methods to relation states, and records a query site
 * wherever a relation is executed (a terminal like `each`/`count`/`update_all`) or handed to
 * code that will execute it. Whatever it cannot see (a hash from a method, an unknown scope,
 * a relation passed in) makes the state unknown, and unknown states produce no query.
 */
import type { RelatedLocation } from '../../finding';
import { predTables, sameTable, type CmpOp, type Join, type Pred, type QueryModel, type QueryRun, type Shape } from '../../query/model';
import { predShape } from '../../query/render';
import { callOptions, defaultForeignKey, type Body, type ModelIndex, type ModelInfo, type TableName } from './models';
import { SqlText } from '../../query/sqltext';
import { isStringNode, stringSql } from './strings';
import { child, constantName, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { guessRecord, recordCall } from './assoc';
import { methodPosition, type MethodDecl, type RubyIndex } from './workspace';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export type { Pred, Shape } from '../../query/model';

export interface Rel {
  readonly model: ModelInfo;
  /** The model constant: FROM maps here. */
  readonly range: Range;
  readonly preds: readonly Pred[];
  readonly joins: readonly Join[];
  /** Associations named by `includes`: joined only when a condition references their table. */
  readonly includes: readonly { readonly name: string; readonly range: Range }[];
  readonly references: readonly string[];
  readonly none: boolean;
  /** True until a query method was applied (`Lead` alone is a class, not a query). */
  readonly bare: boolean;
  /** Document offset where `.where(…)` can be inserted. */
  readonly fixAt: number;
  readonly select?: string;
  /** Call depth (0 = the checked document) of the method that created the relation. */
  readonly level?: number;
  /** Where the relation was created and refined outside the checked unit (provenance). */
  readonly trail?: readonly Trail[];
}

/** A place in a method of the index that explains a relation. */
export interface Trail {
  readonly method: MethodDecl;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** One executed query (several alternatives when a variable was refined conditionally). */
export type QuerySite = QueryRun;

/**
 * A value: a relation (with alternatives), something unknown that may be a relation, something
 * that is certainly not one, or a plain Ruby class (`cls`) or instance (`obj`) whose methods the
 * index knows.
 */
export type Val =
  | { readonly k: 'rel'; readonly cands: readonly Rel[] }
  | { readonly k: 'unknown' }
  | { readonly k: 'other' }
  | { readonly k: 'obj' | 'cls'; readonly cls: string }
  /** A record of a model (`Campaign.find(id)`, `campaign` by name, `self` in a model method). */
  | { readonly k: 'rec'; readonly model: ModelInfo };

export const UNKNOWN: Val = { k: 'unknown' };
export const OTHER: Val = { k: 'other' };
const MAX_CANDIDATES = 8;

export type Env = Map<string, Val>;

export interface EvalContext {
  readonly src: string;
  readonly index: ModelIndex;
  readonly nesting: readonly string[];
  /** Heredoc beginnings → bodies of the current file. */
  readonly heredocs: ReadonlyMap<RNode, RNode>;
  /** Where a body from another file is being evaluated: every mapping goes to this range. */
  readonly foreign?: Range;
  /** The relation a scope body applies to (its implicit receiver). */
  readonly implicit?: Rel;
  readonly consumed: Set<RNode>;
  readonly sites: QuerySite[];
  readonly depth: number;
  /** Names of tables that are partitioned: joins/subqueries are only worth synthesizing when relevant. */
  readonly tableFor: (expr: string) => string | undefined;
  /** The workspace index: plain classes and their methods. */
  readonly code?: RubyIndex;
  /** `self` inside a method of a plain class: the class (`cls`) or an instance (`obj`). */
  readonly self?: Val;
  /** Call depth: 0 in the checked document, +1 inside each followed method. */
  readonly level?: number;
  /** The followed method whose source `src` is. */
  readonly method?: MethodDecl;
  /** Values of `return` statements of the method being evaluated. */
  readonly returns?: Val[];
  /** Methods being followed (recursion guard). */
  readonly following?: ReadonlySet<string>;
  /** What the result depends on besides the unit's text (validated before a cached result is reused). */
  readonly deps?: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Method tables

const TERMINAL_SELECT = new Set([
  'to_a', 'to_ary', 'load', 'reload', 'records', 'each', 'map', 'collect', 'flat_map', 'each_with_index', 'each_with_object', 'each_slice',
  'find_each', 'find_in_batches', 'in_batches', 'first', 'first!', 'last', 'last!', 'take', 'take!', 'second', 'third', 'sole', 'forty_two',
  'second_to_last', 'third_to_last', 'destroy_all', 'update', 'update!', 'touch_all', 'index_by', 'group_by', 'partition', 'reduce', 'inject',
  'sort_by', 'filter_map', 'to_h', 'detect', 'reject', 'includes?', 'include?', 'member?', 'as_json', 'to_json', 'find_or_create_by',
  'find_or_create_by!', 'find_or_initialize_by', 'first_or_create', 'first_or_create!', 'first_or_initialize', 'present?', 'blank?',
]);
const TERMINAL_COUNT = new Set(['count', 'size', 'length', 'sum', 'average', 'minimum', 'maximum', 'calculate', 'any?', 'many?', 'none?', 'empty?', 'one?', 'exists?']);
const TERMINAL_PLUCK = new Set(['pluck', 'pick', 'ids']);
const NO_OP = new Set([
  'order', 'reorder', 'reverse_order', 'limit', 'offset', 'distinct', 'uniq', 'group', 'regroup', 'having', 'lock', 'readonly',
  'strict_loading', 'annotate', 'optimizer_hints', 'create_with', 'in_order_of', 'extending', 'preload', 'all', 'scoping', 'unscope_order',
  'then', 'itself', 'includes_values',
]);
const NOT_QUERIES = new Set([
  'to_sql', 'explain', 'arel', 'klass', 'model', 'table_name', 'quoted_table_name', 'model_name', 'connection', 'transaction', 'new',
  'build', 'create', 'create!', 'insert', 'insert!', 'insert_all', 'insert_all!', 'upsert', 'upsert_all', 'human_attribute_name', 'columns',
  'column_names', 'primary_key', 'arel_table', 'reflect_on_association', 'name', 'to_s', 'inspect', 'class', 'instance_method',
  'respond_to?', 'is_a?', 'kind_of?', 'lock!', 'with_lock', 'sanitize_sql', 'sanitize_sql_array', 'sanitize_sql_like', 'find_by_sql',
  'count_by_sql', 'delete', 'destroy', 'increment_counter', 'decrement_counter', 'update_counters', 'attribute_names', 'cache',
  'uncached', 'none',
]);

// ---------------------------------------------------------------------------------------------
// Relations as query models (rendered and judged by engine/query)

/** A relation as the shared query model (includes that a condition references become joins). */
export function toModel(rel: Rel): QueryModel {
  const r = withIncludes(rel);
  return { framework: 'activerecord', from: { table: r.model.table, at: r.range }, joins: r.joins, where: r.preds, primaryKey: r.model.primaryKey[0] ?? 'id' };
}

/**
 * Identity of a predicate for `or` (ActiveRecord factors out predicates that both sides share):
 * the SQL shape plus the Ruby source of the values, since `company: "a"` and `company: "b"`
 * render the same parameterized SQL.
 */
function sig(p: Pred): string {
  return `${predShape(p)}\u0000${values(p)}`;
}

function values(p: Pred): string {
  switch (p.k) {
    case 'cmp':
    case 'null':
    case 'raw':
      return p.v ?? '';
    case 'and':
    case 'or':
      return p.parts.map(values).join('\u0001');
    case 'not':
      return values(p.part);
    default:
      return '';
  }
}

/** Marks the leaves of a predicate with the source of the value they compare with. */
function withValue(p: Pred, v: string): Pred {
  switch (p.k) {
    case 'cmp':
    case 'null':
    case 'raw':
      return { ...p, v };
    case 'and':
    case 'or':
      return { ...p, parts: p.parts.map((q) => withValue(q, v)) };
    case 'not':
      return { ...p, part: withValue(p.part, v) };
    default:
      return p;
  }
}

/** The value text as an identity: inside a body from another file, unique per call site. */
function valueKey(ctx: EvalContext, nodes: readonly RNode[]): string {
  const text = nodes.map((n) => textOf(ctx.src, n)).join(',');
  return ctx.foreign ? `${ctx.foreign.start}@${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export function rangeOf(ctx: EvalContext, n: RNode): Range {
  return ctx.foreign ?? { start: n.start, end: n.end };
}

export function methodName(ctx: EvalContext, call: RNode): string | undefined {
  const m = child(call, 'method');
  return m ? textOf(ctx.src, m) : undefined;
}

export function argsOf(call: RNode): RNode[] {
  const a = child(call, 'arguments');
  return a ? namedChildren(a) : [];
}

function newRel(ctx: EvalContext, model: ModelInfo, node: RNode): Val {
  const v = newRelAt(ctx, model, rangeOf(ctx, node), ctx.foreign ? ctx.foreign.end : node.end);
  if (!ctx.method || v.k !== 'rel') return v;
  const trail: Trail = { method: ctx.method, start: node.start, end: node.end, message: `relation created here (${model.name})` };
  return { k: 'rel', cands: v.cands.map((r) => ({ ...r, trail: [trail] })) };
}

export function newRelAt(ctx: EvalContext, model: ModelInfo, range: Range, fixAt: number): Val {
  const base: Rel = { model, range, preds: [], joins: [], includes: [], references: [], none: false, bare: true, fixAt, level: ctx.level ?? 0 };
  if (!model.defaultScopes.length) return { k: 'rel', cands: [base] };
  // The default scope is part of every relation of the model until `unscoped`.
  let cands: Rel[] = [base];
  for (const body of model.defaultScopes) {
    const v = applyBody(ctx, cands, body, base.range);
    if (v.k !== 'rel') return UNKNOWN;
    cands = v.cands.map((r) => ({ ...r, bare: true, fixAt: base.fixAt }));
  }
  return { k: 'rel', cands };
}

/** Evaluates a scope/class-method/default-scope body with each candidate as implicit receiver. */
export function applyBody(ctx: EvalContext, cands: readonly Rel[], body: Body, at: Range, params?: ReadonlyMap<string, Val>): Val {
  if (ctx.depth > 12) return UNKNOWN;
  const out: Rel[] = [];
  for (const rel of cands) {
    const sub: EvalContext = {
      ...ctx,
      src: body.src,
      foreign: ctx.foreign ?? at,
      implicit: rel,
      consumed: new Set(),
      sites: ctx.sites,
      depth: ctx.depth + 1,
      heredocs: new Map(),
    };
    const v = evalValue(sub, body.node, new Map(params ?? []), 'return');
    if (v.k !== 'rel') return UNKNOWN;
    out.push(...v.cands.map((r) => ({ ...r, range: rel.range, fixAt: rel.fixAt })));
  }
  return { k: 'rel', cands: out.slice(0, MAX_CANDIDATES) };
}

export type Role = 'statement' | 'value' | 'return' | 'assign' | 'consumed';

/**
 * Evaluates an expression in an environment; records query sites found inside. `role` says
 * what happens with the value: a relation in `statement`/`value` position is executed.
 */
export function evalValue(ctx: EvalContext, n: RNode, env: Env, role: Role): Val {
  if (ctx.consumed.has(n)) return OTHER;
  switch (n.type) {
    case 'call': {
      const v = evalChain(ctx, n, env);
      if (v.k === 'rel' && (role === 'statement' || role === 'value')) emitRelationSite(ctx, v.cands, n);
      return v;
    }
    case 'constant':
    case 'scope_resolution': {
      const name = constantName(ctx.src, n);
      if (!name) return OTHER;
      const plain = plainClass(ctx, name);
      if (plain) return { k: 'cls', cls: plain };
      const model = ctx.index.model(name, ctx.nesting);
      return model ? newRel(ctx, model, n) : OTHER;
    }
    case 'identifier': {
      const v = env.get(textOf(ctx.src, n));
      if (!v) {
        // A bare method call inside a scope body (`recent`) applies a scope to the implicit relation.
        if (ctx.implicit) return applyMethod(ctx, { k: 'rel', cands: [ctx.implicit] }, n, textOf(ctx.src, n), [], env);
        // Inside a model's instance method: an association of the record (`leads`).
        if (ctx.self?.k === 'rec') {
          const r = recordCall(ctx, ctx.self.model, n, textOf(ctx.src, n), [], env);
          if (r.k === 'rel' && (role === 'statement' || role === 'value')) emitRelationSite(ctx, r.cands, n);
          return r;
        }
        // Inside a plain class: a method of the same class (`microsoft_leads`).
        if (ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls')) {
          const r = callOn(ctx, ctx.self, n, textOf(ctx.src, n), [], env);
          if (r.k === 'rel' && (role === 'statement' || role === 'value')) emitRelationSite(ctx, r.cands, n);
          return r;
        }
        return OTHER;
      }
      if (v.k === 'rel' && (role === 'statement' || role === 'value')) emitRelationSite(ctx, v.cands, n);
      return v;
    }
    case 'self':
      return ctx.implicit ? { k: 'rel', cands: [ctx.implicit] } : (ctx.self ?? UNKNOWN);
    case 'nil':
      return OTHER;
    case 'conditional': {
      // `a ? Lead.x : Lead.y`: either branch may be the value.
      const cond = child(n, 'condition');
      if (cond) visit(ctx, cond, env, 'value', false);
      const vs = [child(n, 'consequence'), child(n, 'alternative')].map((b) => (b ? evalValue(ctx, b, env, role) : OTHER));
      if (vs.every((v) => v.k === 'rel')) return { k: 'rel', cands: vs.flatMap((v) => (v.k === 'rel' ? v.cands : [])).slice(0, MAX_CANDIDATES) };
      return vs.some((v) => v.k !== 'other') ? UNKNOWN : OTHER;
    }
    case 'parenthesized_statements': {
      const inner = namedChildren(n);
      inner.slice(0, -1).forEach((s) => visit(ctx, s, env, 'statement', false));
      const last = inner.at(-1);
      return last ? evalValue(ctx, last, env, role) : OTHER;
    }
    default:
      visit(ctx, n, env, role === 'consumed' ? 'value' : role, false);
      return OTHER;
  }
}

function emitRelationSite(ctx: EvalContext, cands: readonly Rel[], at?: RNode): void {
  // Inside a scope body nothing runs; inside a followed method a relation handed to code runs.
  if (ctx.foreign && !ctx.level) return;
  const live = cands.filter((r) => !r.none);
  if (!live.length || live.every((r) => r.bare)) return;
  emit(ctx, live, { k: 'select' }, at);
}

export function emit(ctx: EvalContext, cands: readonly Rel[], shape: Shape, at?: RNode): void {
  const live = cands.filter((r) => !r.none);
  if (!live.length) return;
  // In a followed method, only relations that came from the caller run on the caller's behalf;
  // the method's own queries are judged in its own file.
  const level = ctx.level ?? 0;
  if (level > 0 && !live.some((r) => (r.level ?? 0) < level)) return;
  const first = live[0]!;
  let trail = [...(first.trail ?? [])];
  if (level > 0 && ctx.method && at) trail.push({ method: ctx.method, start: at.start, end: at.end, message: 'executed here' });
  trail = trail.slice(-6);
  ctx.sites.push({
    alternatives: live.map(toModel),
    shape,
    state: 'executed',
    fix: { insertAt: first.fixAt, host: { kind: 'orm', model: first.model.name } },
    ...(trail.length ? { related: trail.map(relatedOf) } : {}),
  });
}

/** A trail entry as a related location (0-based line/character in the method's file). */
function relatedOf(t: Trail): RelatedLocation {
  return { kind: 'file', fileName: t.method.file, start: methodPosition(t.method, t.start), end: methodPosition(t.method, t.end), message: t.message };
}

/** Adds a provenance entry when a relation is refined inside a followed method. */
function refinedAt(ctx: EvalContext, v: Val, call: RNode, name: string): Val {
  if (!ctx.method || v.k !== 'rel') return v;
  const m = child(call, 'method') ?? call;
  const t: Trail = { method: ctx.method, start: m.start, end: call.end, message: `refined here (.${name})` };
  return { k: 'rel', cands: v.cands.map((r) => ({ ...r, trail: [...(r.trail ?? []), t].slice(-6) })) };
}

/** `includes` becomes a LEFT OUTER JOIN when a condition references the included table. */
function withIncludes(rel: Rel): Rel {
  if (!rel.includes.length) return rel;
  const referenced: TableName[] = [];
  rel.preds.forEach((p) => predTables(p, referenced));
  let r = rel;
  for (const inc of rel.includes) {
    const a = rel.model.association(inc.name);
    if (!a) continue;
    const j = associationJoin(r, inc.name, inc.range, 'LEFT OUTER', undefined);
    if (!j) continue;
    if (referenced.some((t) => j.table && sameTable(t, j.table)) || rel.references.includes(inc.name) || (j.table && rel.references.includes(j.table.name))) {
      r = { ...r, joins: [...r.joins, j] };
    }
  }
  return r;
}

/** Flattens a call chain: the root expression and the calls applied to it, innermost first. */
function flatten(n: RNode): { root: RNode | undefined; calls: RNode[] } {
  const calls: RNode[] = [];
  let cur: RNode | undefined = n;
  while (cur && cur.type === 'call') {
    calls.unshift(cur);
    const r = child(cur, 'receiver');
    if (!r) return { root: undefined, calls };
    cur = r;
  }
  return { root: cur, calls };
}

function evalChain(ctx: EvalContext, n: RNode, env: Env): Val {
  const { root, calls } = flatten(n);
  let state: Val;
  let rest = calls;
  if (!root) {
    // Implicit receiver: inside a scope body it is the relation; in a plain class a method of
    // the same class; elsewhere a plain method call.
    const first = calls[0]!;
    if (ctx.implicit) {
      state = applyMethod(ctx, { k: 'rel', cands: [ctx.implicit] }, first, methodName(ctx, first) ?? '', argsOf(first), env);
      visitBlocks(ctx, first, env);
    } else if (ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls')) {
      state = callOn(ctx, ctx.self, first, methodName(ctx, first) ?? '', argsOf(first), env);
    } else if (ctx.self?.k === 'rec') {
      state = recordCall(ctx, ctx.self.model, first, methodName(ctx, first) ?? '', argsOf(first), env);
    } else {
      visitCallParts(ctx, first, env);
      state = OTHER;
    }
    rest = calls.slice(1);
  } else {
    state = evalValue(ctx, root, env, 'consumed');
    // `campaign.leads`, `@campaign.leads`, `current_user.leads`: a record named after its model.
    const next = rest[0] ? methodName(ctx, rest[0]) : undefined;
    if (state.k === 'other' && next !== undefined) {
      const guessed = guessRecord(ctx, root);
      if (guessed?.association(next)) state = { k: 'rec', model: guessed };
    }
  }
  for (const call of rest) {
    const name = methodName(ctx, call);
    if (state.k === 'rel' && name !== undefined) {
      state = applyMethod(ctx, state, call, name, argsOf(call), env);
      visitBlocks(ctx, call, env);
    } else if ((state.k === 'obj' || state.k === 'cls') && name !== undefined) {
      state = callOn(ctx, state, call, name, argsOf(call), env);
    } else if (state.k === 'rec' && name !== undefined) {
      state = recordCall(ctx, state.model, call, name, argsOf(call), env);
    } else {
      visitCallParts(ctx, call, env);
      state = state.k === 'unknown' ? UNKNOWN : OTHER;
    }
  }
  return state;
}

export function visitCallParts(ctx: EvalContext, call: RNode, env: Env): void {
  for (const a of argsOf(call)) visit(ctx, a, env, 'value', false);
  visitBlocks(ctx, call, env);
}

function visitBlocks(ctx: EvalContext, call: RNode, env: Env): void {
  const b = child(call, 'block');
  if (b) visit(ctx, b, env, 'return', true);
}

function mapCands(v: Val & { k: 'rel' }, f: (r: Rel) => Rel | undefined): Val {
  const out: Rel[] = [];
  for (const r of v.cands) {
    const x = f(r);
    if (!x) return UNKNOWN;
    out.push(x);
  }
  return { k: 'rel', cands: out };
}

export function touched(ctx: EvalContext, r: Rel, call: RNode): Rel {
  return { ...r, bare: false, fixAt: ctx.foreign ? r.fixAt : call.end - blockLength(call) };
}

export function blockLength(call: RNode): number {
  const b = child(call, 'block');
  return b ? call.end - b.start : 0;
}

const REFINING = new Set(['where', 'rewhere', 'or', 'and', 'merge', 'not', 'unscope', 'unscoped', 'joins', 'left_joins', 'left_outer_joins', 'includes', 'eager_load', 'references']);

/** Applies one method to a relation state (and records refinements made in followed methods). */
function applyMethod(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  const v = applyMethodInner(ctx, state, call, name, args, env);
  if (ctx.method && v.k === 'rel' && (REFINING.has(name) || state.cands[0]!.model.scope(name) !== undefined)) return refinedAt(ctx, v, call, name);
  return v;
}

function applyMethodInner(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  const hasBlock = !!child(call, 'block');
  const t = (r: Rel): Rel => touched(ctx, r, call);
  const evalArgsAsValues = (): void => args.forEach((a) => visit(ctx, a, env, 'value', false));

  // Scopes and class methods of the model win over ActiveRecord's own names.
  const model = state.cands[0]!.model;
  const scope = model.scope(name);
  if (scope !== undefined) {
    evalArgsAsValues();
    if (scope === null) return UNKNOWN;
    const v = applyBody(ctx, state.cands.map(t), scope, ctx.foreign ?? rangeOf(ctx, child(call, 'method') ?? call));
    return v.k === 'rel' ? mapCands(v, (r) => t(r)) : v;
  }

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
  if (NO_OP.has(name)) {
    evalArgsAsValues();
    return mapCands(state, t);
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
  if (name === 'from' || name === 'with' || name === 'invert_where' || name === 'missing' || name === 'associated' || name === 'only' || name === 'except') {
    evalArgsAsValues();
    return UNKNOWN;
  }

  // Terminals: the relation is executed here.
  if (TERMINAL_SELECT.has(name) || (name === 'select' && hasBlock)) {
    evalArgsAsValues();
    if (name.startsWith('find_or_') || name === 'create_or_find_by') {
      const w = keepFix(state, applyWhereLike(ctx, state, call, 'where', args, env));
      if (w.k === 'rel') emit(ctx, w.cands, { k: 'select', limit: true }, call);
      return OTHER;
    }
    const one = /^(first|last|take|second|third|sole|forty_two)!?$/.test(name) && !args.length;
    emit(ctx, state.cands, { k: 'select', limit: one || /^(first|last|take|second|third|sole)/.test(name) }, call);
    return one && state.cands.length === 1 ? { k: 'rec', model } : OTHER;
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
    emit(ctx, state.cands, { k: 'pluck', columns: name === 'ids' ? [model.primaryKey[0] ?? 'id'] : cols }, call);
    return OTHER;
  }
  if (name === 'find' || name === 'find_by' || name === 'find_by!' || name === 'find_sole_by' || (name.startsWith('find_by_') && name !== 'find_by_sql')) {
    const w = keepFix(state, name === 'find' ? findById(ctx, state, call, args, env) : name.startsWith('find_by_') ? dynamicFinder(ctx, state, call, name, args, env) : applyWhereLike(ctx, state, call, 'where', args, env));
    if (w.k === 'rel') emit(ctx, w.cands, { k: 'select', limit: true }, call);
    if (name === 'find' && (hasBlock || args.length !== 1 || args[0]!.type === 'array')) return OTHER;
    return state.cands.length === 1 ? { k: 'rec', model } : OTHER;
  }
  if (name === 'update_all') {
    const first = args[0];
    let set: SqlText | string[] | undefined;
    if (first && (isStringNode(first) || first.type === 'heredoc_beginning')) set = sqlOfString(ctx, first);
    else {
      const keys = hashKeys(ctx, args);
      set = keys ?? undefined;
    }
    evalArgsAsValues();
    emit(ctx, state.cands, { k: 'update', set }, call);
    return OTHER;
  }
  if (name === 'delete_all') {
    emit(ctx, state.cands, { k: 'delete' }, call);
    return OTHER;
  }
  if (name === 'delete_by' || name === 'destroy_by') {
    const w = keepFix(state, applyWhereLike(ctx, state, call, 'where', args, env));
    if (w.k === 'rel') emit(ctx, w.cands, name === 'delete_by' ? { k: 'delete' } : { k: 'select' }, call);
    return OTHER;
  }
  if (name === 'new' || name === 'build' || name === 'create' || name === 'create!') {
    evalArgsAsValues();
    return state.cands.length === 1 ? { k: 'rec', model } : OTHER;
  }
  if (NOT_QUERIES.has(name)) {
    evalArgsAsValues();
    return OTHER;
  }
  evalArgsAsValues();
  return UNKNOWN;
}

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

function hashKeys(ctx: EvalContext, args: RNode[]): string[] | undefined {
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

function sqlOfString(ctx: EvalContext, n: RNode): SqlText | undefined {
  let node = n;
  if (n.type === 'heredoc_beginning') {
    const body = ctx.heredocs.get(n);
    if (!body) return undefined;
    node = body;
  }
  if (ctx.foreign) {
    const text = stringSql(ctx.src, node, { tableFor: ctx.tableFor })?.toString();
    return text === undefined ? undefined : new SqlText(ctx.foreign).synth(text);
  }
  return stringSql(ctx.src, node, { tableFor: ctx.tableFor });
}

/** A string condition (`"created_at >= ?"`, `["a = ?", x]`, a heredoc), or undefined. */
function stringCondition(ctx: EvalContext, args: RNode[]): SqlText | undefined {
  const first = args[0];
  if (!first) return undefined;
  if (isStringNode(first) || first.type === 'heredoc_beginning') return sqlOfString(ctx, first);
  if (first.type === 'array') {
    const el = namedChildren(first)[0];
    if (el && (isStringNode(el) || el.type === 'heredoc_beginning')) return sqlOfString(ctx, el);
  }
  return undefined;
}

function applyWhereLike(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  const t = (r: Rel): Rel => touched(ctx, r, call);
  if (name === 'or' || name === 'and' || name === 'merge') {
    const arg = args[0];
    if (args.length !== 1 || !arg) return UNKNOWN;
    const v = evalOperand(ctx, arg, env, state);
    ctx.consumed.add(arg);
    if (v.k !== 'rel' || v.cands.length !== 1) return UNKNOWN;
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
  const str = stringCondition(ctx, args);
  if (str) {
    args.slice(1).forEach((a) => visit(ctx, a, env, 'value', false));
    const p: Pred = { k: 'raw', sql: str, v: valueKey(ctx, args) };
    return mapCands(state, (r) => t({ ...r, preds: [...r.preds, negate ? { k: 'not', part: p } : p] }));
  }
  const out: Rel[] = [];
  for (const r of state.cands) {
    const preds = hashPreds(ctx, r, args, env);
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

/** Hash conditions (`company: "x"`, `created_at: a..`, `leads: { … }`) → predicates, or undefined when dynamic. */
function hashPreds(ctx: EvalContext, rel: Rel, args: RNode[], env: Env): Pred[] | undefined {
  const pairs: RNode[] = [];
  for (const a of args) {
    if (a.type === 'pair') pairs.push(a);
    else if (a.type === 'hash') {
      for (const p of namedChildren(a)) {
        if (p.type !== 'pair') return undefined;
        pairs.push(p);
      }
    } else return undefined;
  }
  if (!pairs.length) return undefined;
  return pairsToPreds(ctx, rel, rel.model, rel.model.table, pairs, env, 0);
}

function pairsToPreds(ctx: EvalContext, rel: Rel, model: ModelInfo | undefined, table: TableName, pairs: RNode[], env: Env, depth: number): Pred[] | undefined {
  const out: Pred[] = [];
  for (const p of pairs) {
    const keyNode = child(p, 'key');
    const valNode = child(p, 'value');
    const key = symbolOrStringValue(ctx.src, keyNode);
    if (key === undefined || !valNode) return undefined;
    if (valNode.type === 'hash' && depth === 0) {
      // A nested hash names a table or an association: conditions on the joined table.
      const a = model?.association(key);
      const target = a && model ? ctx.index.associationModel(model, a, ctx.nesting) : undefined;
      const t2 = target ? target.table : { name: key };
      const inner = namedChildren(valNode);
      if (inner.some((x) => x.type !== 'pair')) return undefined;
      const sub = pairsToPreds(ctx, rel, target, t2, inner, env, depth + 1);
      if (!sub) return undefined;
      out.push(...sub);
      continue;
    }
    let t = table;
    let column = key;
    const dot = key.indexOf('.');
    if (dot > 0) {
      t = { name: key.slice(0, dot) };
      column = key.slice(dot + 1);
    } else if (model) column = model.column(key);
    const pred = valuePred(ctx, t, column, valNode, env);
    if (!pred) return undefined;
    out.push(pred);
  }
  return out;
}

/** The predicate ActiveRecord builds for `column => value`. */
function valuePred(ctx: EvalContext, table: TableName, column: string, v: RNode, env: Env): Pred | undefined {
  const p = valuePredOf(ctx, table, column, v, env);
  return p && withValue(p, valueKey(ctx, [v]));
}

function valuePredOf(ctx: EvalContext, table: TableName, column: string, v: RNode, env: Env): Pred | undefined {
  switch (v.type) {
    case 'nil':
      return { k: 'null', table, column, not: false };
    case 'range': {
      const begin = child(v, 'begin');
      const end = child(v, 'end');
      if (begin) visit(ctx, begin, env, 'value', false);
      if (end) visit(ctx, end, env, 'value', false);
      const exclusive = v.children.some((c) => !c.named && c.type === '...');
      const isInf = (n: RNode | undefined): boolean => !n || n.type === 'nil' || /^(Float::INFINITY|-?Float::INFINITY)$/.test(textOf(ctx.src, n));
      if (isInf(begin) && isInf(end)) return { k: 'const', value: true };
      if (isInf(end)) return { k: 'cmp', table, column, op: '>=', n: 1 };
      if (isInf(begin)) return { k: 'cmp', table, column, op: exclusive ? '<' : '<=', n: 1 };
      if (exclusive) return { k: 'and', parts: [{ k: 'cmp', table, column, op: '>=', n: 1 }, { k: 'cmp', table, column, op: '<', n: 1 }] };
      return { k: 'cmp', table, column, op: 'BETWEEN', n: 2 };
    }
    case 'array': {
      const els = namedChildren(v);
      if (els.some((e) => e.type === 'splat_argument')) {
        els.forEach((e) => visit(ctx, e, env, 'value', false));
        return { k: 'cmp', table, column, op: 'IN', n: 1 };
      }
      const hasNil = els.some((e) => e.type === 'nil');
      const vals = els.filter((e) => e.type !== 'nil');
      vals.forEach((e) => visit(ctx, e, env, 'value', false));
      const inP: Pred = vals.length === 0 ? { k: 'const', value: false } : vals.length === 1 ? { k: 'cmp', table, column, op: '=', n: 1 } : { k: 'cmp', table, column, op: 'IN', n: vals.length };
      if (!hasNil) return inP;
      return vals.length ? { k: 'or', parts: [inP, { k: 'null', table, column, not: false }] } : { k: 'null', table, column, not: false };
    }
    case 'parenthesized_statements': {
      const inner = namedChildren(v);
      if (inner.length === 1) return valuePredOf(ctx, table, column, inner[0]!, env);
      break;
    }
    case 'call': {
      const m = child(v, 'method');
      const mname = m ? textOf(ctx.src, m) : '';
      if (/^all_(day|week|month|quarter|year)$/.test(mname)) {
        visit(ctx, v, env, 'value', false);
        return { k: 'cmp', table, column, op: 'BETWEEN', n: 2 };
      }
      // A relation as a value becomes a subquery.
      const sub = evalValue(ctx, v, env, 'consumed');
      ctx.consumed.add(v);
      if (sub.k === 'rel') {
        if (sub.cands.length !== 1) return undefined;
        const r = sub.cands[0]!;
        const sel = r.select ?? r.model.primaryKey[0] ?? 'id';
        return { k: 'sub', table, column, not: false, query: toModel(r), select: r.model.column(sel) };
      }
      if (sub.k === 'unknown') return undefined;
      return { k: 'cmp', table, column, op: '=', n: 1 };
    }
    case 'identifier': {
      const e = env.get(textOf(ctx.src, v));
      if (e && (e.k === 'rel' || e.k === 'unknown')) return undefined;
      return { k: 'cmp', table, column, op: '=', n: 1 };
    }
  }
  visit(ctx, v, env, 'value', false);
  return { k: 'cmp', table, column, op: '=', n: 1 };
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

function applyJoins(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], _env: Env): Val {
  const kind = name === 'joins' ? 'INNER' : 'LEFT OUTER';
  return mapCands(state, (r0) => {
    let r = touched(ctx, r0, call);
    const addAssoc = (owner: Rel, assoc: string, at: RNode, nested: RNode | undefined): Rel | undefined => {
      if (name === 'includes') return { ...owner, includes: [...owner.includes, { name: assoc, range: rangeOf(ctx, at) }] };
      const j = associationJoin(owner, assoc, rangeOf(ctx, at), kind, undefined);
      if (!j) return undefined;
      let next: Rel = { ...owner, joins: [...owner.joins, j] };
      if (nested) {
        // `joins(campaign: :user)`: the nested association belongs to the joined model.
        const a = owner.model.association(assoc);
        const target = a ? ctx.index.associationModel(owner.model, a, ctx.nesting) : undefined;
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
      const next = addNested(r, a);
      if (!next) return undefined;
      r = { ...next, model: r.model };
    }
    return r;
  });
}

/** `INNER JOIN "campaigns" ON "campaigns"."id" = "leads"."campaign_id"` for an association. */
function associationJoin(owner: Rel, assoc: string, at: Range, kind: 'INNER' | 'LEFT OUTER', _unused: undefined): Join | undefined {
  const a = owner.model.association(assoc);
  if (!a || a.complex || a.kind === 'has_and_belongs_to_many') return undefined;
  const target = indexOf(owner)?.associationModel(owner.model, a, []);
  if (!target) return undefined;
  if (sameTable(target.table, owner.model.table)) return undefined;
  const on: Pred[] = [];
  if (a.kind === 'belongs_to') {
    const fk = a.foreignKey ?? `${assoc}_id`;
    const pk = a.primaryKey ?? target.primaryKey[0] ?? 'id';
    on.push({ k: 'eqcol', a: { table: target.table, column: pk }, b: { table: owner.model.table, column: fk } });
  } else {
    const fk = a.foreignKey ?? defaultForeignKey(owner.model.name);
    const pk = a.primaryKey ?? owner.model.primaryKey[0] ?? 'id';
    on.push({ k: 'eqcol', a: { table: target.table, column: fk }, b: { table: owner.model.table, column: pk } });
  }
  if (target.defaultScopes.length) {
    // ActiveRecord puts the joined model's default scope into the join condition.
    if (!currentCtx) return undefined;
    const v = newRelAt(currentCtx, target, at, at.end);
    if (v.k !== 'rel' || v.cands.length !== 1) return undefined;
    on.push(...v.cands[0]!.preds);
  }
  return { k: 'table', kind, table: target.table, at, on };
}

// Association joins need the model index and the evaluator (for the joined model's default
// scope) inside helpers that have no context parameter; both are set per evaluation run (the
// evaluator is synchronous and single-threaded).
let currentCtx: EvalContext | undefined;
function indexOf(_r: Rel): ModelIndex | undefined {
  return currentCtx?.index;
}

// ---------------------------------------------------------------------------------------------
// Statement walking

/**
 * Visits a node for query sites. `cond` is true inside branches and blocks: a relation
 * variable assigned there keeps its previous candidates as alternatives.
 */
export function visit(ctx: EvalContext, n: RNode, env: Env, role: Role, cond: boolean): void {
  if (ctx.consumed.has(n)) return;
  switch (n.type) {
    case 'comment':
    case 'string_content':
    case 'heredoc_content':
      return;
    case 'call':
    case 'identifier':
    case 'constant':
    case 'scope_resolution':
    case 'parenthesized_statements':
    case 'self':
      evalValue(ctx, n, env, role);
      return;
    case 'assignment': {
      const left = child(n, 'left');
      const right = child(n, 'right');
      if (!right) return;
      if (left?.type === 'identifier') {
        const v = evalValue(ctx, right, env, 'assign');
        assign(env, textOf(ctx.src, left), v, cond);
        return;
      }
      if (left) visit(ctx, left, env, 'value', cond);
      // A relation a followed method keeps in an instance variable (outside a controller, whose
      // instance variables go to the view) is not run there; what happens later we cannot see.
      const kept = left?.type === 'instance_variable' && (ctx.level ?? 0) > 0 && !(ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls') && /Controller$/.test(ctx.self.cls));
      evalValue(ctx, right, env, kept ? 'consumed' : 'value');
      return;
    }
    case 'operator_assignment': {
      const left = child(n, 'left');
      const right = child(n, 'right');
      if (!right) return;
      if (left?.type === 'identifier') {
        const v = evalValue(ctx, right, env, 'assign');
        assign(env, textOf(ctx.src, left), v, true);
        return;
      }
      evalValue(ctx, right, env, 'value');
      return;
    }
    case 'method':
    case 'singleton_method': {
      // A method defined inside a block (`included do … end`): its own scope of local variables.
      const body = child(n, 'body');
      if (body) visitBody(ctx, body.type === 'body_statement' ? namedChildren(body) : [body], new Map(), 'return', false);
      return;
    }
    case 'class':
    case 'module':
    case 'singleton_class': {
      const body = child(n, 'body');
      if (body) visitBody(ctx, namedChildren(body), new Map(), 'statement', false);
      return;
    }
    case 'return': {
      const vals = namedChildren(n);
      for (const c of vals) {
        // `return x` inside a followed method: one of the values the method returns.
        if (ctx.returns && vals.length === 1) {
          const inner = c.type === 'argument_list' ? namedChildren(c) : [c];
          if (inner.length === 1 && inner[0]!.type !== 'nil') ctx.returns.push(evalValue(ctx, inner[0]!, env, 'return'));
          else visit(ctx, c, env, 'return', cond);
        } else visit(ctx, c, env, 'return', cond);
      }
      return;
    }
    case 'if':
    case 'unless':
    case 'while':
    case 'until':
    case 'case':
    case 'case_match':
    case 'if_modifier':
    case 'unless_modifier':
    case 'while_modifier':
    case 'until_modifier':
    case 'rescue_modifier':
    case 'conditional':
    case 'for':
    case 'rescue':
    case 'ensure':
    case 'else':
    case 'elsif':
    case 'when':
    case 'then':
    case 'begin':
      for (const c of n.children) visit(ctx, c, env, role === 'return' || role === 'assign' || role === 'consumed' ? role : 'value', true);
      return;
    case 'block':
    case 'do_block':
    case 'lambda': {
      const body = n.children.find((c) => c.type === 'block_body' || c.type === 'body_statement' || c.type === 'block' || c.type === 'do_block');
      if (body && n.type === 'lambda') {
        visit(ctx, body, env, 'return', true);
        return;
      }
      if (body) visitBody(ctx, namedChildren(body), env, 'return', true);
      return;
    }
    case 'body_statement':
    case 'block_body':
      visitBody(ctx, namedChildren(n), env, role, cond);
      return;
    case 'program':
      visitBody(ctx, namedChildren(n), env, 'statement', cond);
      return;
    default:
      for (const c of n.children) if (c.named) visit(ctx, c, env, 'value', cond);
  }
}

/** Statements in order; the last one gets `lastRole` (a method's or block's value). */
export function visitBody(ctx: EvalContext, stmts: RNode[], env: Env, lastRole: Role, cond: boolean): void {
  const real = stmts.filter((s) => s.type !== 'comment' && s.type !== 'heredoc_body');
  stmts.forEach((s) => {
    if (s.type === 'comment' || s.type === 'heredoc_body') return;
    visit(ctx, s, env, s === real.at(-1) ? lastRole : 'statement', cond);
  });
}

function assign(env: Env, name: string, v: Val, cond: boolean): void {
  const prev = env.get(name);
  if (!cond || !prev) {
    if (v.k === 'other' && !prev) return;
    env.set(name, v.k === 'other' ? OTHER : v);
    return;
  }
  if (prev.k === 'unknown' || v.k === 'unknown') {
    env.set(name, UNKNOWN);
    return;
  }
  if (prev.k === 'rel' && v.k === 'rel') {
    const cands = [...prev.cands, ...v.cands];
    env.set(name, cands.length > MAX_CANDIDATES ? UNKNOWN : { k: 'rel', cands });
    return;
  }
  // A variable that is a relation on some paths and something else on others: unknown.
  if ((prev.k === 'obj' || prev.k === 'cls') && v.k === prev.k && v.cls === prev.cls) return;
  env.set(name, prev.k === 'other' && v.k === 'other' ? OTHER : UNKNOWN);
}

/** Runs the evaluator over a unit (a method body or a top-level statement). */
export function evaluateUnit(ctx: EvalContext, nodes: readonly RNode[], lastRole: Role): void {
  currentCtx = ctx;
  try {
    visitBody(ctx, [...nodes], new Map(), lastRole, false);
  } finally {
    currentCtx = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Following methods of plain classes (services, query objects, concerns, lib/)

function depend(ctx: EvalContext, key: string, value: string): void {
  ctx.deps?.set(key, value);
}

/** A constant naming a plain class or module of the workspace (not a model), resolved. */
function plainClass(ctx: EvalContext, name: string): string | undefined {
  if (!ctx.code) return undefined;
  const r = ctx.code.plainClass(name, ctx.nesting);
  depend(ctx, `p:${name}|${ctx.nesting.join(',')}`, r ?? '');
  return r;
}

/** Identity of a method lookup's result, for the dependency check of cached results. */
export function methodStamp(m: MethodDecl | undefined): string {
  return m ? `${m.file}:${m.base}:${m.visibility}:${m.text}` : '';
}

function lookupMethod(ctx: EvalContext, cls: string, name: string, singleton: boolean): MethodDecl | undefined {
  if (!ctx.code) return undefined;
  const m = ctx.code.method(cls, name, singleton);
  depend(ctx, `m:${cls}|${name}|${singleton}`, methodStamp(m));
  return m;
}

/** A call on a plain class or instance: `Klass.new`, `Klass.meth`, `obj.meth`, `meth` in the class. */
function callOn(ctx: EvalContext, recv: Val & { k: 'obj' | 'cls' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  if (recv.k === 'cls' && name === 'new') {
    const init = lookupMethod(ctx, recv.cls, 'initialize', false);
    // Whatever is passed to a constructor may be kept and run later: it counts as executed,
    // unless the constructor is one we can see.
    if (init) {
      const r = callMethod(ctx, init, { k: 'obj', cls: recv.cls }, call, args, env);
      void r;
    } else visitCallParts(ctx, call, env);
    return { k: 'obj', cls: recv.cls };
  }
  const m = lookupMethod(ctx, recv.cls, name, recv.k === 'cls');
  if (!m || (m.visibility !== 'public' && recv !== ctx.self)) {
    visitCallParts(ctx, call, env);
    return OTHER;
  }
  return callMethod(ctx, m, recv, call, args, env);
}

/**
 * Follows a method: binds the arguments to its parameters, evaluates its body with the call
 * site as the place everything maps to, and returns what it returns. Relations the caller
 * passed in and the method runs are reported (at the caller's relation); the method's own
 * queries are judged in its own file.
 */
function callMethod(ctx: EvalContext, m: MethodDecl, self: Val, call: RNode, args: RNode[], env: Env): Val {
  const key = `${m.file}#${m.owner}#${m.name}#${m.singleton}`;
  const def = ctx.code?.methodNode(m);
  const bindable = args.every((a) => a.type !== 'splat_argument' && a.type !== 'hash_splat_argument' && a.type !== 'block_argument');
  if (!def || ctx.depth > 8 || ctx.following?.has(key) || !bindable) {
    visitCallParts(ctx, call, env);
    return UNKNOWN;
  }
  // Arguments are evaluated in the caller (a relation passed in is not executed by passing it).
  const positional: Val[] = [];
  const keywords = new Map<string, Val>();
  const argValue = (a: RNode): Val => {
    const v = evalValue(ctx, a, env, 'consumed');
    ctx.consumed.add(a);
    return v;
  };
  for (const a of args) {
    if (a.type === 'pair') {
      const k = symbolOrStringValue(ctx.src, child(a, 'key'));
      const vn = child(a, 'value');
      if (k !== undefined && vn) keywords.set(k, argValue(vn));
    } else positional.push(argValue(a));
  }
  visitBlocks(ctx, call, env);
  const level = (ctx.level ?? 0) + 1;
  const bound = new Map<string, Val>();
  let i = 0;
  for (const p of m.params) {
    let v: Val = UNKNOWN;
    if (p.kind === 'req' || p.kind === 'opt') v = positional[i++] ?? (p.kind === 'opt' ? UNKNOWN : UNKNOWN);
    else if (p.kind === 'key') v = keywords.get(p.name) ?? UNKNOWN;
    // Plain values stay plain; relations keep their level (they came from the caller).
    bound.set(p.name, v.k === 'other' ? OTHER : v);
  }
  const nameNode = child(call, 'method') ?? call;
  const at = ctx.foreign ?? { start: nameNode.start, end: nameNode.end };
  const sites: QuerySite[] = [];
  const sub: EvalContext = {
    ...ctx,
    src: m.text,
    nesting: [...m.nesting, m.owner],
    heredocs: new Map(),
    foreign: at,
    implicit: undefined,
    self,
    consumed: new Set(),
    sites,
    depth: ctx.depth + 1,
    level,
    method: m,
    returns: [],
    following: new Set([...(ctx.following ?? []), key]),
  };
  const result = evaluateBody(sub, def, bound);
  ctx.sites.push(...sites);
  if (result.k !== 'rel') return result;
  // A quick fix appends `.where(…)` after the whole call (`svc.leads_for(c).where(…)`).
  const fixAt = ctx.foreign ? ctx.foreign.end : call.end - blockLength(call);
  // Relations the method created now belong to the caller's level; every returned relation is
  // refined after the call (a helper may have dropped a condition added inside its argument).
  return { k: 'rel', cands: result.cands.map((r) => ({ ...r, fixAt, ...((r.level ?? 0) >= level ? { level: ctx.level ?? 0 } : {}) })) };
}

/**
 * Evaluates a method body with bound parameters; returns what the method returns (the last
 * statement and every `return`): a relation when every path returns one.
 */
export function evaluateBody(ctx: EvalContext, def: RNode, bound: ReadonlyMap<string, Val>): Val {
  const body = child(def, 'body');
  if (!body) return OTHER;
  const env: Env = new Map(bound);
  const stmts = (body.type === 'body_statement' ? namedChildren(body) : [body]).filter((s) => s.type !== 'heredoc_body');
  const last = stmts.at(-1);
  stmts.slice(0, -1).forEach((s) => visit(ctx, s, env, 'statement', false));
  let value: Val = OTHER;
  if (last) {
    if (last.type === 'call' || last.type === 'identifier' || last.type === 'constant' || last.type === 'scope_resolution' || last.type === 'parenthesized_statements' || last.type === 'conditional' || last.type === 'self') {
      value = evalValue(ctx, last, env, 'return');
    } else if (last.type === 'return') {
      visit(ctx, last, env, 'return', false);
      value = ctx.returns?.pop() ?? OTHER;
    } else if (last.type === 'assignment' && child(last, 'left')?.type === 'identifier') {
      visit(ctx, last, env, 'return', false);
      value = env.get(textOf(ctx.src, child(last, 'left')!)) ?? OTHER;
    } else {
      visit(ctx, last, env, 'return', false);
      value = UNKNOWN;
    }
  }
  return joinValues([value, ...(ctx.returns ?? [])]);
}

/** One value for several return paths: relations join as alternatives, anything else is unknown. */
function joinValues(vs: readonly Val[]): Val {
  if (vs.every((v) => v.k === 'other')) return OTHER;
  if (vs.length === 1) return vs[0]!;
  if (!vs.every((v) => v.k === 'rel')) return UNKNOWN;
  const cands = vs.flatMap((v) => (v.k === 'rel' ? v.cands : []));
  return cands.length > MAX_CANDIDATES ? UNKNOWN : { k: 'rel', cands };
}

/** Evaluates a method unit of the checked document; returns what it returns. */
export function evaluateMethodUnit(ctx: EvalContext, def: RNode): Val {
  currentCtx = ctx;
  try {
    const bound = new Map<string, Val>();
    const ps = child(def, 'parameters');
    // Parameters are unknown: a relation passed in is the caller's business.
    for (const p of ps ? namedChildren(ps) : []) {
      const name = p.type === 'identifier' ? p : child(p, 'name');
      if (name) bound.set(textOf(ctx.src, name), p.type === 'identifier' || p.type === 'optional_parameter' || p.type === 'keyword_parameter' ? OTHER_PARAM : UNKNOWN);
    }
    return evaluateBody(ctx, def, bound);
  } finally {
    currentCtx = undefined;
  }
}

/** A parameter of the checked method: a plain value in conditions, never followed as a relation. */
const OTHER_PARAM: Val = OTHER;

/** The relation candidates a site for a returned relation is built from. */
export function emitReturned(ctx: EvalContext, v: Val, related: RelatedLocation): void {
  if (v.k !== 'rel') return;
  const live = v.cands.filter((r) => !r.none);
  if (!live.length || live.every((r) => r.bare)) return;
  const before = ctx.sites.length;
  emit(ctx, live, { k: 'select' });
  const site = ctx.sites[before];
  if (site) ctx.sites[before] = { ...site, related: [related, ...(site.related ?? [])] };
}
