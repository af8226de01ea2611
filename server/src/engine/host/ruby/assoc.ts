/**
 * Association proxies: `campaign.leads.where(…)`, `user.leads` through `campaigns`,
 * `lead.campaign` → the SQL ActiveRecord sends for them (`WHERE "leads"."campaign_id" = $1`,
 * the through join, polymorphic `_type`, Rails 7.1 composite keys and `query_constraints`, the
 * association's scope lambda and the target's default scope). Associations that carry the
 * partition key therefore produce relations that are not flagged.
 */
import { applyBody, newRel, newRelAt, rangeOf } from './ar';
import { emit } from './ar-emit';
import { OTHER, UNKNOWN, type EvalContext, type Env, type Pred, type Rel, type Val } from './ar-values';
import { blockLength, callMethod, lookupMethod, visitCallParts } from './ar-calls';
import { classify, singularize } from './inflect';
import { defaultForeignKey, type AssocDecl, type ModelInfo, type TableName } from './models';
import type { Join } from '../../query/model';
import { child, textOf, type RNode } from './syntax';
import { serializerObjectModel } from './serializer-object';
import { conventionDependency } from './ar-conventions';
import { assignedBefore } from './ar-writes';
import { delegatedRecordCall } from './record-delegates';

/**
 * The model a receiver is named after (`campaign`, `@campaign`, `current_user` → Campaign, User),
 * when that model is declared in the workspace. Plural names are collections, not records.
 */
export function guessRecord(ctx: EvalContext, node: RNode): ModelInfo | undefined {
  let name: string | undefined;
  if (node.type === 'identifier') name = textOf(ctx.src, node);
  else if (node.type === 'instance_variable') name = textOf(ctx.src, node).slice(1);
  else if (node.type === 'call' && !child(node, 'arguments') && !child(node, 'block')) {
    // `Current.user` (ActiveSupport::CurrentAttributes), `Session.account`: an attribute of a class named after its model.
    const recv = child(node, 'receiver');
    const m = child(node, 'method');
    if (m && (recv?.type === 'constant' || recv?.type === 'scope_resolution') && !ctx.index.model(textOf(ctx.src, recv), ctx.nesting)) {
      name = textOf(ctx.src, m);
      return guessNamedRecord(ctx, name, false) ?? currentAttribute(ctx, textOf(ctx.src, recv).replace(/^::/, ''), name);
    }
  }
  return name ? guessNamedRecord(ctx, name, node.type === 'identifier') : undefined;
}

/** `guessRecord` by name; `bare`: a plain name (not `@x` or `Current.x`), which may be a wrapper's record. */
export function guessNamedRecord(ctx: EvalContext, name: string, bare: boolean): ModelInfo | undefined {
  // `object` in `LeadSerializer`/`LeadDecorator`/`LeadPresenter` (ActiveModel::Serializers, Draper),
  // `record` in Pundit's `LeadPolicy`: the record it wraps.
  if ((name === 'object' || name === 'model' || name === 'resource' || name === 'record') && bare) {
    const owner = ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls') ? ctx.self.cls : undefined;
    const m = owner ? (name === 'record' ? /^(?:.*::)?([A-Z]\w*?)Policy$/ : /^(?:.*::)?([A-Z]\w*?)(?:Serializer|Decorator|Presenter|Blueprint|Resource)$/).exec(owner) : null;
    if (!m && name === 'record') return guessPlainName(ctx, name);
    if (!m) return undefined;
    if (ctx.index.declared(m[1]!, ctx.nesting)) return ctx.index.model(m[1]!, ctx.nesting);
    // `Api::Admin::OrderSerializer` rendering leads: the records it is given where it is used.
    return name === 'object' && owner ? usedObject(ctx, owner) : undefined;
  }
  return guessPlainName(ctx, name);
}

/** `Current.account` of an ActiveSupport::CurrentAttributes class: the record the application assigns to it. */
export function currentAttribute(ctx: EvalContext, cls: string, attr: string): ModelInfo | undefined {
  if (!ctx.code) return undefined;
  const key = `c|${cls}|${attr}`;
  const t = conventionDependency(ctx.code, key);
  ctx.deps?.set(`x:${key}`, t);
  return t ? ctx.index.model(t) : undefined;
}

function usedObject(ctx: EvalContext, owner: string): ModelInfo | undefined {
  if (!ctx.code) return undefined;
  const t = serializerObjectModel(ctx.code, owner);
  ctx.deps?.set(`x:o|${owner}`, t);
  return t ? ctx.index.model(t) : undefined;
}

function guessPlainName(ctx: EvalContext, name: string): ModelInfo | undefined {
  name = name.replace(/^current_/, '');
  if (!/^[a-z][a-z0-9_]*$/.test(name) || singularize(name) !== name) return undefined;
  const cls = classify(name);
  if (!ctx.index.declared(cls, ctx.nesting)) return undefined;
  return ctx.index.model(cls, ctx.nesting);
}

/** A method called on a record: an association gives a relation (or loads a record). */
export function recordCall(ctx: EvalContext, owner: ModelInfo, call: RNode, name: string, args: RNode[], env: Env): Val {
  // `self.class` in the model's (or its concern's) instance method is the model: `self.class.where(email: email)`.
  if (name === 'class' && !args.length && call.type === 'call' && !child(call, 'block')) return newRel(ctx, owner, call);
  const a = owner.association(name);
  if (!a && ctx.code && !/[=!]$/.test(name)) {
    // An instance method of the model (`lead.recent_outputs` → `agent_outputs.order(…)`): followed with the record as self.
    const m = lookupMethod(ctx, owner.name, name, false);
    // A private one too when the record is `self` and the call has no receiver (`harvests_with_dates` in the model's own method).
    const own = ctx.self?.k === 'rec' && ctx.self.model === owner && (call.type === 'identifier' || (call.type === 'call' && !child(call, 'receiver')));
    if (m && (m.visibility === 'public' || own)) return callMethod(ctx, m, { k: 'rec', model: owner }, call, args, env);
    const delegated = m ? undefined : delegatedRecordCall(ctx, owner, call, name, args, env);
    if (delegated) return delegated;
  }
  if (!a || args.length) {
    if (call.type === 'call') visitCallParts(ctx, call, env);
    return OTHER;
  }
  const nameNode = call.type === 'call' ? (child(call, 'method') ?? call) : call;
  const at = rangeOf(ctx, nameNode);
  const fixAt = ctx.foreign ? ctx.foreign.end : call.end - (call.type === 'call' ? blockLength(call) : 0);
  const v = associationRel(ctx, owner, a, at, fixAt);
  if (v.k !== 'rel') return v;
  if (a.kind === 'belongs_to' || a.kind === 'has_one') {
    // Reading a singular association loads the record right here, the first time only: the
    // record keeps it (`version.number` then `version.platform` send one query).
    const key = loadedKey(ctx, call, name);
    if (key === undefined || !ctx.loaded?.has(key)) emit(ctx, v.cands, { k: 'select', limit: true }, call);
    if (key !== undefined) ctx.loaded?.add(key);
    // A row read from the table is persisted (its writes go by the primary key), unless the
    // method assigned the association a record of its own first (`comment.parent = Comment.new`).
    const persisted = call.type === 'call' && !assignedBefore(ctx, call).has(name);
    return { k: 'rec', model: v.cands[0]!.model, ...(persisted ? { persisted } : {}) };
  }
  return v;
}

/**
 * The key of a singular association read (`version.rubygem` → "version.rubygem", an implicit or
 * `self.` receiver → "self.version"), when the receiver is a plain name chain whose record stays
 * the same between two reads; undefined otherwise (every read then counts).
 */
function loadedKey(ctx: EvalContext, call: RNode, name: string): string | undefined {
  const recv = call.type === 'call' ? child(call, 'receiver') : undefined;
  if (!recv) return `self.${name}`;
  const text = textOf(ctx.src, recv);
  if (!/^@?[a-z_]\w*(?:\.[a-z_]\w*)*$/.test(text)) return undefined;
  return `${text}.${name}`;
}

function cmp(table: TableName, column: string): Pred {
  return { k: 'cmp', table, column, op: '=', n: 1 };
}

/** The relation an association proxy stands for. */
export function associationRel(ctx: EvalContext, owner: ModelInfo, a: AssocDecl, at: { start: number; end: number }, fixAt: number): Val {
  if (a.polymorphic || a.kind === 'has_and_belongs_to_many') return UNKNOWN;
  // A through association's model is its source's (`has_many :picked_leads, through: :campaigns`
  // whose source names `class_name: "Lead"`), not one named after the through association.
  const { scope: _scope, ...plain } = a;
  const sourceHops = a.through ? throughHops(ctx, owner, plain, 0) : undefined;
  const target = sourceHops?.at(-1)?.to ?? ctx.index.associationModel(owner, a, ctx.nesting);
  if (!target) return UNKNOWN;
  const base = newRelAt(ctx, target, at, fixAt);
  if (base.k !== 'rel') return UNKNOWN;
  const preds: Pred[] = [];
  const joins: Join[] = [];
  const t = target.table;
  let sourceScope: AssocDecl['scope'];
  if (a.through) {
    // A chain of plain hops from the owner to the target (a through may go through a through).
    // (The association's own scope lambda applies at the end, as for every association.)
    const hops = sourceHops;
    if (!hops || hops.length < 2) return UNKNOWN;
    // The source association's scope lambda (`has_many :outputs, -> { order(…) }`) is evaluated on
    // the target: ActiveRecord adds its conditions and order to the through query.
    sourceScope = hops.at(-1)!.assoc.scope;
    // FROM the target, then each model on the way back to the owner (nearest first).
    for (let k = hops.length - 1; k >= 1; k--) {
      const { assoc: src, from: via, to } = hops[k]!;
      const on: Pred =
        src.kind === 'belongs_to'
          ? { k: 'eqcol', a: { table: to.table, column: src.primaryKey ?? to.primaryKey[0] ?? 'id' }, b: { table: via.table, column: src.foreignKey ?? `${src.name}_id` } }
          : { k: 'eqcol', a: { table: to.table, column: src.foreignKey ?? defaultForeignKey(via.name) }, b: { table: via.table, column: src.primaryKey ?? via.primaryKey[0] ?? 'id' } };
      joins.push({ k: 'table', kind: 'INNER', table: via.table, at, on: [on] });
      // The models on the way apply their default scopes too (ActiveRecord puts them first).
      const viaRel = newRelAt(ctx, via, at, fixAt);
      if (viaRel.k !== 'rel' || viaRel.cands.length !== 1) return UNKNOWN;
      const viaPreds = throughScopePreds(ctx, viaRel.cands[0]!, hops[k - 1]!.assoc, at);
      if (!viaPreds) return UNKNOWN;
      preds.push(...viaPreds);
    }
    // The first hop filters the model next to the owner by the owner's key.
    const { assoc: th, to: first } = hops[0]!;
    if (th.kind === 'belongs_to') preds.push(cmp(first.table, th.primaryKey ?? first.primaryKey[0] ?? 'id'));
    else preds.push(cmp(first.table, th.foreignKey ?? defaultForeignKey(owner.name)));
  } else if (a.kind === 'belongs_to') {
    const pks = a.primaryKeys ?? [a.primaryKey ?? target.primaryKey[0] ?? 'id'];
    for (const c of pks) preds.push(cmp(t, c));
    // Rails 7.1: a target with `query_constraints` is looked up by all of them.
    for (const c of target.queryConstraints ?? []) if (!pks.includes(c)) preds.push(cmp(t, c));
  } else {
    const fks = a.foreignKeys ?? [a.foreignKey ?? (a.as ? `${a.as}_id` : defaultForeignKey(owner.name))];
    for (const c of fks) preds.push(cmp(t, c));
    if (a.as) preds.push(cmp(t, `${a.as}_type`));
    // Rails 7.1: without an explicit foreign key, an owner with `query_constraints` derives a
    // composite one (`[pipeline_id, partition_id]`): every constraint column is passed on.
    const pk = owner.primaryKey[0] ?? 'id';
    if (!a.foreignKey && !a.foreignKeys) for (const c of owner.queryConstraints ?? []) if (c !== pk && !fks.includes(c)) preds.push(cmp(t, c));
  }
  // The target's default scope comes first, then the association's own conditions.
  let cands: Rel[] = base.cands.map((r) => ({ ...r, bare: false, preds: [...r.preds, ...preds], joins: [...joins, ...r.joins] }));
  if (a.scope === null || sourceScope === null) return UNKNOWN;
  if (sourceScope) {
    const v = applyBody(ctx, cands, sourceScope, at, new Map());
    if (v.k !== 'rel') return UNKNOWN;
    cands = v.cands.map((r) => ({ ...r, bare: false }));
  }
  if (a.scope) {
    // `->(campaign) { where(…) }`: the owner parameter is a plain value here.
    const params = new Map<string, Val>((a.scopeParams ?? []).map((p) => [p, OTHER]));
    const v = applyBody(ctx, cands, a.scope, at, params);
    if (v.k !== 'rel') return UNKNOWN;
    cands = v.cands.map((r) => ({ ...r, bare: false }));
  }
  return { k: 'rel', cands };
}

/**
 * The conditions on a model on the way of a through chain: its default scope, then the scope
 * lambda of the association leading to it (`has_many :leads, -> { where(…).order(…) }` that
 * `has_many :outputs, through: :leads` goes through; ActiveRecord adds its conditions too).
 * Undefined when that scope is not a plain refinement of the model (joins, several alternatives).
 */
function throughScopePreds(ctx: EvalContext, via: Rel, into: AssocDecl, at: { start: number; end: number }): readonly Pred[] | undefined {
  if (!into.scope) return via.preds;
  const v = applyBody(ctx, [via], into.scope, at, new Map());
  if (v.k !== 'rel' || v.cands.length !== 1 || v.cands[0]!.joins.length !== via.joins.length || v.cands[0]!.none) return undefined;
  return v.cands[0]!.preds;
}

/** One step of a `through:` chain: an association of `from` that leads to `to`. */
export interface Hop {
  readonly from: ModelInfo;
  readonly assoc: AssocDecl;
  readonly to: ModelInfo;
}

/**
 * The plain associations a `through:` association stands for, owner first: the through
 * association's own hops, then the source association's (either may be a through itself).
 * Undefined when a hop is scoped, polymorphic or otherwise not modelled exactly.
 */
export function throughHops(ctx: EvalContext, owner: ModelInfo, a: AssocDecl, depth: number): Hop[] | undefined {
  // A hop may carry a scope lambda without an owner parameter (the source's applies on the target,
  // another hop's conditions on the model it leads to); a through association with its own scope may not.
  const scoped = a.scope !== undefined && (a.scope === null || !!a.scopeParams?.length || !!a.through);
  if (depth > 4 || a.polymorphic || a.kind === 'has_and_belongs_to_many' || scoped || a.as) return undefined;
  if (!a.through) {
    if (a.complex && (a.scope === undefined || a.foreignKeys || a.primaryKeys)) return undefined;
    const to = ctx.index.associationModel(owner, a, ctx.nesting);
    return to ? [{ from: owner, assoc: a, to }] : undefined;
  }
  const th = owner.association(a.through);
  if (!th) return undefined;
  const head = throughHops(ctx, owner, th, depth + 1);
  const via = head?.at(-1)?.to;
  if (!head || !via) return undefined;
  const src = via.association(a.source ?? a.name) ?? via.association(singularize(a.source ?? a.name));
  if (!src) return undefined;
  const tail = throughHops(ctx, via, src, depth + 1);
  return tail ? [...head, ...tail] : undefined;
}
