/**
 * ActiveRecord query chains → the SQL ActiveRecord would send. One evaluator walks a unit
 * (a method, a block, a top-level statement) in source order with an environment of local
 * relation variables, applies query methods to relation states, and records a query site
 * wherever a relation is executed (a terminal like `each`/`count`/`update_all`) or handed to
 * code that will execute it. Whatever it cannot see (a hash from a method, an unknown scope,
 * a relation passed in) makes the state unknown, and unknown states produce no query.
 */
import { sameTable, type Join, type Pred } from '../../query/model';
import { defaultForeignKey, type Body, type ModelIndex, type ModelInfo } from './models';
import { child, constantName, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { recordCall } from './assoc';
import { callOn, evalChain, plainClass } from './ar-calls';
import { evaluateBody } from './ar-method-body';
import { ivarValue } from './plain-object-ivars';
import { applyMethod } from './ar-query';
import { selfWrite, unitParam } from './record-writes';
import { recordHashElement } from './record-hashes';
import { callableScope } from './ar-scope-objects';
import { scopeTailValue, tailValue } from './ar-tail';
import { interpolated, knownKey, orElse } from './ar-controller-name';
import { ivarRead, knownTruth, visit, visitBody } from './ar-visit';
import { FALSE, NIL, OTHER, TRUTHY, UNKNOWN, type Env, type EvalContext, type Range, type Rel, type Role, type Trail, type Val } from './ar-values';
import { fewest } from './ar-model';
import { emitRelationSite } from './ar-emit';

/**
 * An argument's value: nil, a value certainly present (a non-empty literal, a time), or what
 * the evaluator makes of it. Empty literals (`""`, `[]`) are truthy but blank: left plain.
 */
export function literalValue(ctx: EvalContext, n: RNode, env: Env, keyed = false): Val {
  const v = evalValue(ctx, n, env, 'consumed');
  if (v.k !== 'other' || v === NIL || v === FALSE) return v;
  const empty = (n.type === 'string' && !namedChildren(n).length) || ((n.type === 'array' || n.type === 'hash') && !namedChildren(n).length);
  return !empty && (surelyTruthy(ctx, n) || (keyed && attributeRead(ctx, n))) ? TRUTHY : v;
}

/** Methods whose result is often nil, and receivers that hold request input (absent keys are nil). */
const NILABLE = /^(presence|try|first|last|find_by|detect|find|dig|fetch|min|max|parent|previous|next|compact|to_i)$/;
const INPUT = /^(params|request|session|cookies|flash|options|opts|filters|args|kwargs)$/;

/**
 * `start_date: @period.start_date` written out at a call: an attribute read of an object (not of
 * request input, not `&.`) is taken to be present, so `if params[:start_date].present?` in the
 * callee runs — the caller names the key because it has a value for it.
 */
function attributeRead(ctx: EvalContext, n: RNode): boolean {
  let cur: RNode | undefined = n;
  let depth = 0;
  while (cur?.type === 'call') {
    const m = child(cur, 'method');
    const op = cur.children.find((c) => !c.named && (c.type === '.' || c.type === '&.'));
    if (!m || child(cur, 'arguments') || child(cur, 'block') || op?.type !== '.' || !/^[a-z_][a-z0-9_]*$/.test(textOf(ctx.src, m)) || NILABLE.test(textOf(ctx.src, m))) return false;
    cur = child(cur, 'receiver');
    depth++;
  }
  if (!cur || depth === 0) return false;
  if (cur.type === 'instance_variable') return !INPUT.test(textOf(ctx.src, cur).slice(1));
  if (cur.type === 'identifier') return !INPUT.test(textOf(ctx.src, cur));
  return cur.type === 'self';
}

/** What a literal argument says about truth, without evaluating anything: nil, surely present, or a plain value. */
export function literalTruth(ctx: EvalContext, n: RNode): Val {
  if (n.type === 'nil') return NIL;
  const empty = (n.type === 'string' && !namedChildren(n).length) || ((n.type === 'array' || n.type === 'hash') && !namedChildren(n).length);
  return !empty && surelyTruthy(ctx, n) ? TRUTHY : OTHER;
}

/** Whether an expression certainly evaluates to something other than nil/false. */
export function surelyTruthy(ctx: EvalContext, n: RNode): boolean {
  if (/^(string|integer|float|rational|simple_symbol|delimited_symbol|true|array|hash|range)$/.test(n.type)) return true;
  // `user.created_at || 1.week.ago`: never nil when either side is surely present.
  if (n.type === 'binary' && /^(\|\||or)$/.test(textOf(ctx.src, child(n, 'operator') ?? n))) {
    const l = child(n, 'left');
    const r = child(n, 'right');
    return (!!l && surelyTruthy(ctx, l)) || (!!r && surelyTruthy(ctx, r));
  }
  if (n.type === 'parenthesized_statements' && namedChildren(n).length === 1) return surelyTruthy(ctx, namedChildren(n)[0]!);
  if (n.type !== 'call') return false;
  let root: RNode | undefined = n;
  while (root?.type === 'call') root = child(root, 'receiver');
  if (!root) return false;
  if (root.type === 'integer' || root.type === 'float') return true;
  return (root.type === 'constant' || root.type === 'scope_resolution') && /^(::)?(Time|Date|DateTime)$/.test(textOf(ctx.src, root));
}

/** Drops assumed runs of relations the unit itself runs somewhere else (reported there). */
export function dropAssumed(ctx: EvalContext): void {
  if (!ctx.assumed?.size) return;
  const builtAt = new Set<string>();
  for (const s of ctx.sites) for (const r of s.related ?? []) if (r.kind === 'here') builtAt.add(`${r.start}:${r.end}`);
  const keep = ctx.sites.filter((s) => !ctx.assumed!.has(s) || !s.alternatives.every((a) => builtAt.has(`${a.from.at.start}:${a.from.at.end}`)));
  ctx.sites.splice(0, ctx.sites.length, ...keep);
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

export function newRel(ctx: EvalContext, model: ModelInfo, node: RNode): Val {
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
export function applyBody(ctx: EvalContext, cands: readonly Rel[], body: Body, at: Range, params?: ReadonlyMap<string, Val>, call?: Range): Val {
  if (ctx.depth > 12) return UNKNOWN;
  const out: Rel[] = [];
  let rec: (Val & { k: 'rec' }) | undefined;
  for (const rel of cands) {
    const sub: EvalContext = {
      ...ctx,
      src: body.src,
      foreign: ctx.foreign ?? at,
      foreignCall: ctx.foreignCall ?? (ctx.foreign ? undefined : call), // What a scope's body runs (`last(n)`) runs at its call.
      implicit: rel,
      consumed: new Set(),
      sites: ctx.sites,
      depth: ctx.depth + 1,
      heredocs: new Map(),
    };
    let v: Val;
    if (body.params) {
      // A lambda of several statements: assignments in order, the last statement is the value.
      const env: Env = new Map(params ?? []);
      const stmts = namedChildren(body.node).filter((s) => s.type !== 'comment' && s.type !== 'heredoc_body');
      stmts.slice(0, -1).forEach((s) => visit(sub, s, env, 'statement', false));
      const last = stmts.at(-1);
      v = last ? scopeTailValue(sub, last, env, rel) : UNKNOWN;
    } else if (body.callable) v = callableScope(sub, rel, body);
    else v = scopeTailValue(sub, body.node, new Map(params ?? []), rel);
    // A finder class method (`find_by!(handle => param)`) gives the record it loaded, whichever relation it ran on.
    if (v.k === 'rec' && !out.length && (!rec || (rec.model === v.model && rec.persisted === v.persisted))) {
      rec = v;
      continue;
    }
    if (v.k !== 'rel' || rec) return UNKNOWN;
    out.push(...v.cands.map((r) => ({ ...r, range: rel.range, fixAt: rel.fixAt })));
  }
  if (rec) return rec;
  const few = fewest(out);
  return few ? { k: 'rel', cands: few } : UNKNOWN;
}

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
      // `OPEN_STATES`, `KEYS`: a constant's value, not a model (none is named in capitals only, unless declared so).
      if (!name || (/^[A-Z][A-Z0-9_]+$/.test(name.split('::').at(-1)!) && !ctx.index.declared(name, ctx.nesting))) return OTHER;
      const plain = plainClass(ctx, name);
      if (plain) return { k: 'cls', cls: plain };
      const model = ctx.index.model(name, ctx.nesting);
      if (model && ctx.scoping?.model.name === model.name) return { k: 'rel', cands: [ctx.scoping] };
      return model ? newRel(ctx, model, n) : OTHER;
    }
    case 'identifier': {
      const v = env.get(textOf(ctx.src, n)) ?? env.get(`self.${textOf(ctx.src, n)}`);
      if (!v) {
        // A bare method call inside a scope body (`recent`) applies a scope to the implicit relation.
        if (ctx.implicit) return applyMethod(ctx, { k: 'rel', cands: [ctx.implicit] }, n, textOf(ctx.src, n), [], env);
        // `touch`, `destroy` in a model's (or an included concern's) instance method: a write of `self`.
        if (ctx.self && selfWrite(ctx, n, textOf(ctx.src, n), env)) return OTHER;
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
    case 'instance_variable': {
      ivarRead(ctx, textOf(ctx.src, n));
      const v = env.get(textOf(ctx.src, n)) ?? ivarValue(ctx, textOf(ctx.src, n), n);
      if (!v) return OTHER;
      if (v.k === 'rel' && (role === 'statement' || role === 'value')) emitRelationSite(ctx, v.cands, n);
      return v;
    }
    case 'nil':
      return NIL;
    case 'false':
      return FALSE;
    case 'yield':
      return yieldValue(ctx, n, env);
    case 'binary': {
      // `options[:since] || @options[:since]` of values known at the call: nil or surely present.
      const known = /^(&&|and|\|\||or)$/.test(textOf(ctx.src, child(n, 'operator') ?? n)) ? knownTruth(ctx, n, env) : undefined;
      const fallback = known === undefined ? orElse(ctx, n, env, role) : undefined;
      if (fallback) return fallback;
      visit(ctx, n, env, role === 'consumed' ? 'value' : role, false);
      return known === NIL || known === TRUTHY ? known : OTHER;
    }
    case 'hash': {
      // Only a hash whose keys are all literal is known (a `**splat` or computed key may add any key).
      const entries = new Map<string, Val>();
      for (const p of namedChildren(n)) {
        const key = p.type === 'pair' ? symbolOrStringValue(ctx.src, child(p, 'key')) : undefined;
        const value = p.type === 'pair' ? child(p, 'value') : undefined;
        if (key === undefined || !value) {
          visit(ctx, n, env, 'value', false);
          return OTHER;
        }
        entries.set(key, literalValue(ctx, value, env, true));
      }
      return { k: 'hash', entries };
    }
    case 'element_reference': {
      // `params[:status]` on a hash we can see: the value (nil when the key is not there).
      const obj = child(n, 'object');
      const keys = namedChildren(n).filter((c) => c !== obj);
      const key = keys.length === 1 ? knownKey(ctx, keys[0]!, env) : undefined;
      const held = recordHashElement(ctx, n, env);
      if (held) return held;
      if (obj && key !== undefined && (obj.type === 'identifier' || obj.type === 'instance_variable' || obj.type === 'element_reference')) {
        const h = evalValue(ctx, obj, env, 'consumed');
        if (h.k === 'hash') return h.entries.get(key) ?? (h.open ? OTHER : NIL);
      }
      visit(ctx, n, env, role === 'consumed' ? 'value' : role, false);
      return OTHER;
    }
    case 'conditional': {
      // `a ? Lead.x : Lead.y`: either branch may be the value.
      const cond = child(n, 'condition');
      // A test we can decide (`status.present? ? … : …` with the caller's literal): one branch is the value.
      const known = knownTruth(ctx, cond, env);
      if (known === TRUTHY || known === NIL) {
        const b = child(n, known === TRUTHY ? 'consequence' : 'alternative');
        return b ? evalValue(ctx, b, env, role) : OTHER;
      }
      if (cond) visit(ctx, cond, env, 'value', false);
      const vs = [child(n, 'consequence'), child(n, 'alternative')].map((b) => (b ? evalValue(ctx, b, env, role) : OTHER));
      if (vs.every((v) => v.k === 'rel')) {
        const few = fewest(vs.flatMap((v) => (v.k === 'rel' ? v.cands : [])));
        return few ? { k: 'rel', cands: few } : UNKNOWN;
      }
      return vs.some((v) => v.k !== 'other') ? UNKNOWN : OTHER;
    }
    case 'string':
    case 'delimited_symbol': {
      // `"@#{controller_name}"` of parts we know.
      const s = n.children.some((c) => c.type === 'interpolation') ? interpolated(ctx, n, env) : undefined;
      if (s) return s;
      visit(ctx, n, env, role === 'consumed' ? 'value' : role, false);
      return OTHER;
    }
    case 'if':
    case 'unless':
    case 'case':
      // `orders = if user.admin? then Lead.all else Lead.where(…) end`: each branch's value.
      if (role === 'assign' || role === 'consumed') return tailValue(ctx, n, env);
      visit(ctx, n, env, role, false);
      return OTHER;
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

/**
 * `yield(result)`: in a followed method whose caller gave a block, the block's value with its
 * parameters bound to what is yielded (evaluated in the caller). A relation handed to a block we
 * cannot see is not run by handing it (the block may only refine it): unknown, nothing reported.
 */
function yieldValue(ctx: EvalContext, n: RNode, env: Env): Val {
  const list = namedChildren(n);
  const args = list.length === 1 && list[0]!.type === 'argument_list' ? namedChildren(list[0]!) : list;
  const vals = args.map((a) => evalValue(ctx, a, env, 'consumed'));
  const block = ctx.block;
  if (!block) return UNKNOWN;
  // The block runs in its caller, one call deeper (a block calling back into followed code ends).
  if (ctx.depth > 8) return UNKNOWN;
  const bctx: EvalContext = { ...block.ctx, depth: ctx.depth + 1 };
  const benv: Env = new Map(block.env);
  const ps = child(block.node, 'parameters');
  const params = ps ? namedChildren(ps) : [];
  if (params.some((p) => p.type !== 'identifier')) return UNKNOWN;
  params.forEach((p, i) => benv.set(textOf(bctx.src, p), vals[i] ?? NIL));
  const body = block.node.children.find((c) => c.type === 'block_body' || c.type === 'body_statement');
  const stmts = body ? namedChildren(body).filter((s) => s.type !== 'comment') : [];
  const last = stmts.at(-1);
  if (!last) return vals[0] ? NIL : UNKNOWN;
  stmts.slice(0, -1).forEach((s) => visit(bctx, s, benv, 'statement', false));
  return evalValue(bctx, last, benv, 'return');
}

/** Flattens a call chain: the root expression and the calls applied to it, innermost first. */
export function flatten(n: RNode): { root: RNode | undefined; calls: RNode[] } {
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
/** `INNER JOIN "campaigns" ON "campaigns"."id" = "leads"."campaign_id"` for an association. */
export function associationJoin(owner: Rel, assoc: string, at: Range, kind: 'INNER' | 'LEFT OUTER', _unused: undefined): Join | undefined {
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
// evaluator is synchronous and single-threaded). A run may start another inside it (a placement
// judging the callers of a class method evaluates their units, the running one included), so each
// run restores the context it found.
let currentCtx: EvalContext | undefined;
function indexOf(_r: Rel): ModelIndex | undefined {
  return currentCtx?.index;
}

/** Runs the evaluator over a unit (a method body or a top-level statement). */
export function evaluateUnit(ctx: EvalContext, nodes: readonly RNode[], lastRole: Role): void {
  const outer = currentCtx;
  currentCtx = ctx;
  try {
    visitBody(ctx, [...nodes], new Map(), lastRole, false);
  } finally {
    currentCtx = outer;
  }
}

/** Evaluates a method unit of the checked document; returns what it returns (`return x` too: a value, not a run). */
export function evaluateMethodUnit(ctx: EvalContext, def: RNode): Val {
  const outer = currentCtx;
  currentCtx = ctx;
  try {
    const bound = new Map<string, Val>();
    const ps = child(def, 'parameters');
    // Parameters are unknown: a relation passed in is the caller's business.
    for (const p of ps ? namedChildren(ps) : []) {
      const name = p.type === 'identifier' ? p : child(p, 'name');
      if (name) bound.set(textOf(ctx.src, name), p.type === 'identifier' || p.type === 'optional_parameter' || p.type === 'keyword_parameter' ? unitParam(ctx, def, p, textOf(ctx.src, name)) : UNKNOWN);
    }
    return evaluateBody(ctx.returns ? ctx : { ...ctx, returns: [] }, def, bound);
  } finally {
    currentCtx = outer;
  }
}
