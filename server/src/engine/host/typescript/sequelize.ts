/**
 * Sequelize model calls → SQL: `Lead.findAll({ where: { createdAt: { [Op.gte]: x } } })` →
 * `"Lead"."created_at" >= …`, includes as joins, scopes, `sequelize.where(…)` and instances
 * (sequelize-extra.ts). Models injected into classes (`@InjectModel(Lead)`) are found here too.
 */
import { constructedLocal } from './sequelize-local-shadows';
import { dottedName, field, kids, modelNameOf, modelPath, stringValue, text, unwrap, type Link, type N } from './ast';
import { objectProps } from './values';
import { arrayItems } from './inline';
import { columnOf, decoratorCall, type ModelInfo, type ModelRegistry } from './models';
import type { Join } from '../../query/model';
import { instanceQuery, scopeConditions, whereCall } from './sequelize-extra';
import { returnedFromStatic } from './sequelize-static-returns';
import { Dynamic, Params, isNullLiteral, isUndefined, joinAnd, joinOr, ormQuery, qi, staticSelf, tableJoin, type OrmQuery, type TableAt } from './sqlgen';
// ---------------------------------------------------------------------------------------------
// Sequelize

const SEQ_OPTS_FIRST = new Set(['findAll', 'findOne', 'findAndCountAll', 'count', 'destroy', 'findOrCreate', 'findCreateFind', 'restore']);
const SEQ_OPTS_SECOND = new Set(['update', 'max', 'min', 'sum', 'increment', 'decrement', 'aggregate']);
const SEQ_CMP: Record<string, string> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'LIKE', notLike: 'NOT LIKE', iLike: 'ILIKE', notILike: 'NOT ILIKE', startsWith: 'LIKE', endsWith: 'LIKE', substring: 'LIKE', contains: '@>', contained: '<@', overlap: '&&' };

export function sequelizeQuery(links: readonly Link[], registry: ModelRegistry, local: readonly ModelInfo[], aliases?: ReadonlyMap<string, string>): OrmQuery | undefined {
  for (let i = 0; i + 2 < links.length; i++) {
    let mlink = links[i]!;
    const meth = links[i + 1]!;
    const call = links[i + 2]!;
    // `Lead.scope('recent').findAll(…)`, `Lead.unscoped().count()`.
    const sl = links[i - 1];
    const scoped = mlink.kind === 'call' && i >= 2 && sl?.kind === 'prop' && (sl.name === 'scope' || sl.name === 'unscoped') ? { call: mlink, unscoped: sl.name === 'unscoped' } : undefined;
    if (scoped) mlink = links[i - 2]!;
    if ((mlink.kind !== 'root' && mlink.kind !== 'prop') || meth.kind !== 'prop' || call.kind !== 'call') continue;
    const isFirst = SEQ_OPTS_FIRST.has(meth.name);
    if (!isFirst && !SEQ_OPTS_SECOND.has(meth.name) && meth.name !== 'findByPk') continue;
    // `this.leadModel.findAll(…)` on an injected model.
    const injected = i === 1 && mlink.kind === 'prop' && links[0]?.kind === 'root' && links[0].name === 'this' ? aliases?.get(`this.${mlink.name}`) : undefined;
    const self = mlink.kind === 'root' && mlink.name === 'this' ? staticSelf(mlink.node) : undefined;
    // A static returning its own query unawaited (`static removeById(id) { return this.destroy(…) }`)
    // hands the promise to its callers: judged at each call the workspace shows (callee.ts), not here.
    if (self && call === links[links.length - 1] && returnedFromStatic(call.node)) throw new Dynamic('query returned to the caller', 'escapes');
    // A registry path read as one root (`Database.leadModel`, registry-paths.ts) names its model's class.
    const path = mlink.kind === 'root' && mlink.name.includes('.') ? aliases?.get(mlink.name) : undefined;
    // A model imported under another name (`import { Lead as LeadModel }`) is that model.
    const renamed = mlink.kind === 'root' && !path ? modelNameOf(mlink.node, mlink.name) : mlink.name;
    const model = registry.find('sequelize', injected ?? self ?? path ?? renamed, local);
    if (!model) continue;
    // `view.destroy()` on a `view = new EditorView(…)` of the function, named like the model `view`.
    if (!injected && !self && !path && mlink.kind === 'root' && constructedLocal(mlink.node, mlink.name)) continue;
    // The class's own `static findByPk(…)` runs its own query, judged where that is written.
    if (model.ownStatics?.has(meth.name)) throw new Dynamic('the model declares its own ' + meth.name, 'unseen');
    const params = new Params();
    let where: string | null = null;
    const joins: Join[] = [];
    const fix: Record<string, string | number> = { framework: 'sequelize', model: model.modelName };
    if (meth.name === 'findByPk') where = `${qi(model.modelName)}.${qi(columnOf(model, 'id'))} = ${params.next()}`;
    else {
      const opts = unwrap(call.args[isFirst ? 0 : 1]);
      if (opts) {
        if (opts.type !== 'object') throw new Dynamic('options not visible', 'unseen');
        const { props, dynamic } = objectProps(opts);
        const w = props.find((p) => p.key === 'where');
        if (!w && dynamic) throw new Dynamic('options spread', 'unseen');
        if (w) {
          const wv = unwrap(w.value);
          const wc = wv ? whereCall(wv, params, seqValue) : undefined;
          if (wv?.type !== 'object' && wc === undefined) throw new Dynamic('where not visible', 'unseen');
          where = wc !== undefined ? wc : seqWhere(wv!, model, params);
        }
        const inc = props.find((p) => p.key === 'include');
        if (inc) seqIncludes(inc.value, registry, local, params, joins, '', model, aliases);
        // A subquery written as an attribute (`[literal('(SELECT count(*) FROM agent_outputs o WHERE …)'), 'n']`) reads its tables too.
        const attrs = props.find((p) => p.key === 'attributes');
        const subs = attrs ? literalSubqueries(attrs.value) : [];
        if (subs.length) where = joinAnd([where, ...subs.map((q) => `EXISTS ${q}`)]);
      } else if (!isFirst && !['max', 'min', 'sum'].includes(meth.name)) throw new Dynamic('options missing');
    }
    if (meth.name !== 'findByPk') {
      const sc = scopeConditions(model, scoped?.call.kind === 'call' ? scoped.call : undefined, scoped?.unscoped ?? false, (o) => seqWhere(o, model, params));
      if (sc.length) where = joinAnd([where, ...sc]);
    }
    return ormQuery('sequelize', { ...tableAt(model, mlink.node), alias: model.modelName }, where, fix, joins);
  }
  return instanceQuery(links, registry, local, (o, m, params) => seqWhere(o, m, params), aliases);
}

/**
 * `include: [AgentOutput, { model: Campaign, where: {…}, as: 'c' }]` → joins of the included
 * tables. Sequelize puts an include's `where` into the join's ON (and makes it an INNER JOIN);
 * the join columns themselves come from associations we do not read and are not partition keys
 * of the included table here, so only the include's own conditions are rendered.
 */
function tableAt(model: ModelInfo, node: N): TableAt {
  return { table: model.table, ...(model.schema !== undefined ? { schema: model.schema } : {}), at: { start: node.start, end: node.end } };
}

/** The model an association of `parent` named `as` reaches (`include: ['outputs']`, `{ association: 'outputs' }`), when exactly one does. */
function associationTarget(parent: ModelInfo | undefined, as: string, registry: ModelRegistry, local: readonly ModelInfo[]): ModelInfo | undefined {
  if (!parent) return undefined;
  const hits = registry.associations().filter((a) => a.as === as && (parent.names.includes(a.source) || a.source === parent.modelName));
  return hits.length === 1 ? registry.find('sequelize', hits[0]!.target, local) : undefined;
}

function seqIncludes(v: N, registry: ModelRegistry, local: readonly ModelInfo[], params: Params, joins: Join[], prefix = '', parent?: ModelInfo, aliases?: ReadonlyMap<string, string>): void {
  const u = unwrap(v);
  const items = u?.type === 'array' ? kids(u) : u ? [u] : [];
  for (const it of items) {
    const x = unwrap(it);
    let modelNode: N | undefined;
    let whereNode: N | undefined;
    let as: string | undefined;
    let required: boolean | undefined;
    let nested: N | undefined;
    let byName: ModelInfo | undefined;
    const named = stringValue(x);
    if (named !== undefined) {
      // `include: ['outputs']`: an association of the parent by its name.
      byName = associationTarget(parent, named, registry, local);
      modelNode = x;
      as = named;
    } else if (x?.type === 'identifier' || x?.type === 'member_expression') modelNode = x;
    else if (x?.type === 'object') {
      const { props, dynamic } = objectProps(x);
      if (dynamic) throw new Dynamic('include spread', 'unseen');
      for (const p of props) {
        if (p.key === 'model') modelNode = unwrap(p.value);
        else if (p.key === 'where') whereNode = unwrap(p.value);
        else if (p.key === 'as') as = stringValue(p.value);
        else if (p.key === 'required') required = unwrap(p.value)?.type === 'true';
        else if (p.key === 'include') nested = p.value;
        else if (p.key === 'association' && stringValue(p.value) !== undefined) {
          as = stringValue(p.value)!;
          byName = associationTarget(parent, as, registry, local);
          modelNode = p.value;
        } else if (p.key === 'all' || p.key === 'association') throw new Dynamic('include by association');
      }
    } else throw new Dynamic('include not visible', 'unseen');
    // `model: LeadModel` of `import { Lead as LeadModel }` includes `Lead`.
    const d = byName ? undefined : modelPath(modelNode);
    // `model: Database.campaignModel`: a registry path names its model's class.
    const path = d && d.length > 1 ? aliases?.get(d.join('.')) : undefined;
    const m = byName ?? (d ? registry.find('sequelize', path ?? d[d.length - 1]!, local) : undefined);
    if (!m || !modelNode) throw new Dynamic('included model not known');
    // Sequelize names a nested include `Parent->Child`.
    const alias = prefix + (as ?? m.modelName);
    let on: string | null = null;
    if (whereNode) {
      if (whereNode.type !== 'object') throw new Dynamic('include where not visible', 'unseen');
      on = seqWhere(whereNode, { ...m, modelName: alias }, params);
    }
    const inner = required ?? whereNode !== undefined;
    joins.push(tableJoin(inner ? 'INNER JOIN' : 'LEFT OUTER JOIN', { ...tableAt(m, modelNode), alias }, on));
    if (nested) seqIncludes(nested, registry, local, params, joins, `${alias}->`, m, aliases);
  }
}

/** The `literal('(SELECT …)')` subqueries of an `attributes` option (a list, or `{ include: […] }`). */
function literalSubqueries(v: N): string[] {
  const out: string[] = [];
  const u = unwrap(v);
  const list = u?.type === 'object' ? unwrap(objectProps(u).props.find((p) => p.key === 'include')?.value) : u;
  for (const it of list?.type === 'array' ? kids(list) : []) {
    const x = unwrap(it);
    const lit = unwrap(x?.type === 'array' ? kids(x)[0] : x);
    const fn = lit?.type === 'call_expression' ? text(field(lit, 'function') ?? lit) : '';
    const sql = /(?:^|\.)literal$/.test(fn) ? stringValue(kids(field(lit!, 'arguments') ?? lit!)[0]) : undefined;
    if (sql !== undefined && /^\s*\(\s*SELECT\b[\s\S]*\)\s*$/i.test(sql) && !/;/.test(sql)) out.push(sql.trim());
  }
  return out;
}

/** `[Op.gte]` → `gte`; string keys (`$gte`) are Sequelize's old aliases. */
function opKey(p: { key: string; computed?: readonly string[] }): string | undefined {
  if (p.computed && p.computed.length === 2 && /^(Op|Sequelize\.Op)$/.test(p.computed[0]!)) return p.computed[1];
  if (p.computed && p.computed.length === 3 && p.computed[0] === 'Sequelize' && p.computed[1] === 'Op') return p.computed[2];
  return undefined;
}

function seqWhere(obj: N, model: ModelInfo, params: Params): string | null {
  const { props, dynamic } = objectProps(obj);
  if (dynamic) throw new Dynamic('where spread', 'unseen');
  const parts: (string | null)[] = [];
  for (const p of props) {
    const op = opKey(p);
    const v = unwrap(p.value)!;
    if (p.computed && !op) throw new Dynamic('computed key');
    if (op === 'and' || op === 'or' || op === 'not') {
      // A local array of conditions (`where: { [Op.and]: where }` after `where.push(…)` on some paths):
      // the items it holds on every path; a conjunction may leave the others out (inline.ts `arrayItems`).
      const held = op === 'and' && p.value?.type === 'identifier' && (v.type === 'array' || v.type === 'identifier') ? arrayItems(p.value, p.value) : undefined;
      const items = held ? held.items : v.type === 'array' ? kids(v) : [v];
      const conds = items.map((it) => {
        const u = unwrap(it);
        const wc = u ? whereCall(u, params, seqValue) : undefined;
        if (wc !== undefined) return wc;
        if (u?.type !== 'object') throw new Dynamic('Op.and/or element');
        return seqWhere(u, model, params);
      });
      if (op === 'or') parts.push(joinOr(conds));
      else if (op === 'and') parts.push(joinAnd(conds));
      else {
        const inner = joinAnd(conds);
        parts.push(inner === null ? null : `NOT (${inner})`);
      }
      continue;
    }
    if (op) throw new Dynamic(`Op.${op} at top level`);
    if (p.key.startsWith('$')) {
      parts.push(null);
      continue;
    }
    parts.push(seqValue(`${qi(model.modelName)}.${qi(columnOf(model, p.key))}`, v, params));
  }
  return joinAnd(parts);
}

function seqValue(col: string, v: N, params: Params): string | null {
  if (isUndefined(v)) throw new Dynamic('undefined in where');
  if (isNullLiteral(v)) return `${col} IS NULL`;
  if (v.type === 'array') return `${col} IN ${params.list(v)}`;
  if (v.type !== 'object') return `${col} = ${params.next()}`;
  const { props, dynamic } = objectProps(v);
  if (dynamic) throw new Dynamic('value spread', 'unseen');
  const parts: (string | null)[] = [];
  for (const p of props) {
    const op = opKey(p);
    const x = unwrap(p.value)!;
    if (!op) throw new Dynamic('nested attribute');
    if (SEQ_CMP[op]) parts.push(`${col} ${SEQ_CMP[op]} ${params.next()}`);
    else if (op === 'in' || op === 'notIn') parts.push(`${col} ${op === 'in' ? 'IN' : 'NOT IN'} ${params.list(x)}`);
    else if (op === 'between' || op === 'notBetween') parts.push(`${col} ${op === 'between' ? 'BETWEEN' : 'NOT BETWEEN'} ${params.next()} AND ${params.next()}`);
    else if (op === 'is') parts.push(`${col} IS NULL`);
    else if (op === 'not') parts.push(isNullLiteral(x) ? `${col} IS NOT NULL` : `${col} IS NOT ${params.next()}`);
    else if (op === 'or' || op === 'and') {
      const items = x.type === 'array' ? kids(x).map((i) => seqValue(col, unwrap(i)!, params)) : [seqValue(col, x, params)];
      parts.push(op === 'or' ? joinOr(items) : joinAnd(items));
    } else throw new Dynamic(`Op.${op}`);
  }
  return joinAnd(parts);
}

/**
 * Sequelize models injected into a class (NestJS `@InjectModel(Lead) private leadModel: typeof
 * Lead`): `this.leadModel` → `Lead`.
 */
export function injectedModels(root: N): Map<string, string> {
  const out = new Map<string, string>();
  const stack: N[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children) stack.push(c);
    if (n.type !== 'public_field_definition' && n.type !== 'required_parameter' && n.type !== 'optional_parameter') continue;
    const nameNode = field(n, 'name') ?? field(n, 'pattern');
    if (!nameNode) continue;
    let m: string | undefined;
    for (const d of n.children.filter((c) => c.type === 'decorator')) {
      const dc = decoratorCall(d);
      const arg = dc?.name === 'InjectModel' ? dottedName(dc.args[0]) : undefined;
      if (arg) m = arg[arg.length - 1];
    }
    m ??= /^:?\s*typeof\s+([\w$]+)\s*$/.exec(text(field(n, 'type') ?? nameNode))?.[1];
    if (m) out.set(`this.${text(nameNode)}`, m);
  }
  return out;
}
