/**
 * Objection.js queries → the SQL they send (Objection builds on knex, so conditions read like
 * knex's): `Lead.query().where(…)`, `findById`, `findOne`, `withGraphJoined('outputs')` (a LEFT
 * JOIN of the relation's table) and `withGraphFetched('outputs')` (a second query on the
 * relation's table, `WHERE "agent_outputs"."lead_id" IN (…)`), `Lead.relatedQuery('outputs')`.
 * Models come from the index (`static tableName`, `relationMappings`).
 */
import { dottedName, field, flattenChain, kids, paramType, stringContentRange, stringValue, unwrap, type Link, type N } from './ast';
import { objectProps } from './values';
import { KNEX_TERMINAL_METHODS, THEN, callVariants, joinClauses, knexChainConds, knexParams, plainWhere, renderConds, type Cond } from './builders';
import { bind, classChain, constValue, paramNames, returnedExpr, scoped } from './inline';
import { objectMethod } from './objects';
import { bodyStatements, flowPaths } from './locals';
import { skipUndefinedVariants } from './undefinedness';
import { instanceThisClass } from './objection-this';
import { graphConds, graphRelations } from './objection-graph';
import { namedModifierVariants } from './objection-modifier-paths';
import type { ClassInfo } from './modinfo';
import type { ModelInfo, ModelRegistry } from './models';
import type { Join } from '../../query/model';
import { knexSql, knexTable } from './knex-naming';
import { Dynamic, attempt, executedHere, returnedUnrun, ormQuery, qi, tableJoin, type OrmQuery } from './sqlgen';

/** Builder methods of Objection and knex (conditions are recognised by name): anything else may be a custom QueryBuilder's. */
const KNOWN = new Set([
  ...KNEX_TERMINAL_METHODS,
  'select', 'columns', 'column', 'distinct', 'distinctOn', 'orderBy', 'orderByRaw', 'groupBy', 'groupByRaw', 'having', 'havingRaw', 'limit', 'offset',
  'first', 'page', 'range', 'resultSize', 'findById', 'findByIds', 'findOne', 'modify', 'withGraphFetched', 'withGraphJoined', 'eager', 'joinEager',
  'modifyGraph', 'joinRelated', 'innerJoinRelated', 'leftJoinRelated', 'for', 'patch', 'patchAndFetch', 'updateAndFetch', 'patchAndFetchById', 'updateAndFetchById', 'deleteById',
  'insert', 'insertAndFetch', 'insertGraph', 'upsertGraph', 'returning', 'throwIfNotFound', 'timeout', 'debug', 'forUpdate', 'forShare', 'skipUndefined',
  'alias', 'as', 'castTo', 'execute', 'clone', 'clearSelect', 'clearOrder', 'join', 'innerJoin', 'leftJoin', 'leftOuterJoin', 'rightJoin', 'fullOuterJoin',
  'crossJoin', 'with', 'context', 'modifiers', 'transacting', 'allowGraph', 'runAfter', 'runBefore', 'onBuild', 'toKnexQuery', 'select', 'selectRaw', 'count', 'countDistinct',
]);

const TERMINAL = new Set([...KNEX_TERMINAL_METHODS, 'findById', 'findByIds', 'findOne', 'patch', 'patchAndFetch', 'updateAndFetch', 'deleteById', 'patchAndFetchById', 'updateAndFetchById', 'page', 'range', 'resultSize', 'execute', 'insert', 'insertAndFetch']);

export function objectionModel(name: string, registry: ModelRegistry, aliases?: ReadonlyMap<string, string>): ModelInfo | undefined {
  return registry.find('objection', aliases?.get(name) ?? name);
}

/** Relation names of a relation expression: `'outputs'`, `'[outputs, campaign]'`; nested paths only by their first step. */
function relationNames(node: N | undefined): { name: string; start: number; end: number }[] | undefined {
  const s = stringValue(node);
  if (s === undefined || !node) return undefined;
  const base = stringContentRange(node).start;
  const out: { name: string; start: number; end: number }[] = [];
  const re = /[A-Za-z_$][\w$]*(?:\.[\w$.]+)?/g;
  for (const m of s.matchAll(re)) {
    const first = m[0].split('.')[0]!;
    out.push({ name: first, start: base + m.index, end: base + m.index + first.length });
  }
  if (/[^\w$.,\[\]\s]/.test(s)) return undefined;
  return out;
}

/**
 * The model class of an instance: a parameter typed with it (`lead: Lead`) or a `const` read by a
 * query of it (`const lead = await Lead.query().findById(id)`), or `this` in the model's own instance method.
 */
function instanceModel(r0: Extract<Link, { kind: 'root' }>): string | undefined {
  if (r0.name === 'this') return instanceThisClass(r0.node);
  const typed = paramType(r0.node, r0.name, true);
  if (typed) return typed;
  let v: N | undefined;
  try {
    v = r0.name && r0.name !== 'this' ? unwrap(constValue(r0.node)) : undefined;
  } catch {
    return undefined;
  }
  const l = v?.type === 'call_expression' ? flattenChain(v) : [];
  return l[0]?.kind === 'root' && l[1]?.kind === 'prop' && l[1].name === 'query' && l.every((x) => x.kind !== 'prop' || /^(query|findById|findOne|first|where\w*|throwIfNotFound)$/.test(x.name)) ? l[0].name : undefined;
}

/** `static idColumn` of the model or a base class: `'id'` unless declared. */
function idColumns(modelName: string, at: N): string[] {
  for (const c of classChain(modelName, at, 'objection')) {
    const v = unwrap(c.statics.get('idColumn'));
    if (!v) continue;
    const s = stringValue(v);
    if (s !== undefined) return [s];
    const items = v.type === 'array' ? kids(v).map((x) => stringValue(x)) : [undefined];
    if (items.some((x) => x === undefined)) throw new Dynamic('idColumn not visible', 'unseen');
    return items as string[];
  }
  return ['id'];
}

export function objectionQuery(top: N, links: readonly Link[], registry: ModelRegistry, aliases?: ReadonlyMap<string, string>, nested = false): OrmQuery | undefined {
  return scoped(() => objectionChain(top, links, registry, aliases, nested));
}

/** `this.lead.query()` on a member holding a model class (objection-bound-models.ts): the member read as one root. */
export function memberModelLinks(links: readonly Link[], aliases: ReadonlyMap<string, string> | undefined): readonly Link[] {
  const [r0, l1, l2] = links;
  if (r0?.kind !== 'root' || r0.name !== 'this' || l1?.kind !== 'prop' || l2?.kind !== 'prop' || !aliases?.has(`this.${l1.name}`)) return links;
  return [{ kind: 'root', name: `this.${l1.name}`, node: l1.owner }, ...links.slice(2)];
}

function objectionChain(top: N, links0: readonly Link[], registry: ModelRegistry, aliases: ReadonlyMap<string, string> | undefined, nested: boolean): OrmQuery | undefined {
  const links = memberModelLinks(links0, aliases);
  const r0 = links[0];
  const l1 = links[1];
  const l2 = links[2];
  if (r0?.kind !== 'root' || l1?.kind !== 'prop' || l2?.kind !== 'call') return undefined;
  // `lead.$relatedQuery('outputs')` / `lead.$query()` on an instance of the model.
  const instance = l1.name === '$relatedQuery' || l1.name === '$query' ? instanceModel(r0) : undefined;
  const model = objectionModel(instance ?? r0.name, registry, aliases);
  if (!model) return undefined;
  const modelName = aliases?.get(instance ?? r0.name) ?? instance ?? r0.name;
  const declared = (name: string): N | undefined => (model.modifiers?.has(name) ? undefined : declaredModifier(modelName, name, r0.node));
  const variants = callVariants(links.slice(3), true).flatMap(skipUndefinedVariants).flatMap((v) => namedModifierVariants(v, declared));
  const qs = variants.map((rest) => objectionOne(top, links, rest, model, modelName, !!instance, registry, aliases, nested));
  const first = qs[0];
  if (!first || qs.some((q) => !q)) return undefined;
  return qs.length === 1 ? first : { ...first, alternatives: qs.slice(1).map((q) => q!.model) };
}

function objectionOne(
  top: N,
  links: readonly Link[],
  rest0: readonly Link[],
  model: ModelInfo,
  modelName: string,
  instance: boolean,
  registry: ModelRegistry,
  aliases: ReadonlyMap<string, string> | undefined,
  nested: boolean,
): OrmQuery | undefined {
  const r0 = links[0] as Extract<Link, { kind: 'root' }>;
  const l1 = links[1] as Extract<Link, { kind: 'prop' }>;
  const l2 = links[2] as Extract<Link, { kind: 'call' }>;
  const params = knexParams();
  // Subqueries may be Objection's own (`whereExists(Lead.relatedQuery('outputs')…)`).
  const knexSub = params.sub;
  params.sub = (n) => knexSub?.(n) ?? attempt(() => objectionQuery(n, flattenChain(n), registry, aliases, true));
  let table = model.table;
  let schema = model.schema;
  let rel: { table: string; column: string; ownColumn: string } | undefined;
  const conds: Cond[] = [];
  if (instance && l1.name === '$query') {
    // `lead.$query()`: the instance's row by its id columns (`static idColumn`).
    for (const c of idColumns(modelName, r0.node)) conds.push({ bool: 'and', sql: `${qi(table)}.${qi(c)} = ${params.next()}` });
  } else if (l1.name === 'relatedQuery' || (instance && l1.name === '$relatedQuery')) {
    // `Lead.relatedQuery('outputs').for(id)`: reads the relation's table by its join column.
    const names = relationNames(l2.args[0]);
    rel = names?.length === 1 ? model.joins?.get(names[0]!.name) : undefined;
    if (!rel) throw new Dynamic('relation not visible', 'unseen');
    table = rel.table;
    schema = undefined;
    conds.push({ bool: 'and', sql: `${qi(rel.table)}.${qi(rel.column)} in (${params.next()})` });
  } else if (l1.name !== 'query') return undefined;
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  // An INSERT reads no partition; a graph upsert reads and writes by ids we cannot see: not judged.
  if (names.some((n) => /^(insert|insertAndFetch|insertGraph|insertGraphAndFetch|upsertGraph|upsertGraphAndFetch)$/.test(n))) return undefined;
  if (!nested && !executedHere(top, returnedUnrun(top) ? THEN : TERMINAL, names)) throw new Dynamic('builder escapes', 'escapes');
  const rest = customMethods(withModifiers(rest0, model, modelName, r0.node), modelName, r0.node);
  const also: OrmQuery[] = [];
  const joins: Join[] = [];
  for (let i = 0; i + 1 < rest.length; i++) {
    const l = rest[i]!;
    const c = rest[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    // A composite id (`findById([id, createdAt])`) gives each column of `static idColumn` its value, in order.
    const composite = /ById$/.test(l.name) ? unwrap(c.args[0]) : undefined;
    if (composite?.type === 'array') {
      const cols = idColumns(modelName, r0.node);
      if (cols.length < 2 || kids(composite).length !== cols.length || kids(composite).some((k) => k.type === 'spread_element')) throw new Dynamic('composite id');
      for (const col of cols) conds.push({ bool: 'and', sql: `${qi(table)}.${qi(col)} = ${params.next()}` });
    } else if (l.name === 'findById' || l.name === 'deleteById' || l.name === 'patchAndFetchById' || l.name === 'updateAndFetchById') conds.push({ bool: 'and', sql: `${qi(table)}.${qi('id')} = ${params.next()}` });
    else if (l.name === 'findByIds') conds.push({ bool: 'and', sql: `${qi(table)}.${qi('id')} in ${params.list(c.args[0])}` });
    else if (l.name === 'findOne') conds.push({ bool: 'and', sql: plainWhere(c.args, params) });
    else if (l.name === 'for' && rel) continue;
    // Without any relation fetched or joined, `modifyGraph` changes no statement (a shared scope may set it for callers that fetch).
    else if (l.name === 'modifyGraph' && !rest.some((x) => x.kind === 'prop' && /^(withGraphFetched|withGraphJoined|joinEager|eager)$/.test(x.name))) continue;
    else if (l.name === 'modifyGraph' && (!rest.some((x) => x.kind === 'prop' && x.name === 'withGraphFetched') || rest.some((x) => x.kind === 'prop' && /^(withGraphJoined|joinEager|eager)$/.test(x.name)))) throw new Dynamic(`${l.name} not followed`);
    else if (l.name === 'joinRelated' || l.name === 'innerJoinRelated' || l.name === 'leftJoinRelated') {
      // Objection joins the relation's table under the relation's name (`… as "outputs"`).
      const rels = relationNames(c.args[0]);
      if (!rels || c.args.length > 1) throw new Dynamic('relation expression not visible', 'unseen');
      for (const r of rels) {
        const j = model.joins?.get(r.name);
        if (!j || rels.some((x) => x !== r && x.start === r.start)) throw new Dynamic('relation not visible', 'unseen');
        joins.push(tableJoin(l.name === 'leftJoinRelated' ? 'LEFT JOIN' : 'INNER JOIN', { table: j.table, alias: r.name, at: { start: r.start, end: r.end } }, `${qi(r.name)}.${qi(j.column)} = ${qi(model.table)}.${qi(j.ownColumn)}`));
      }
    }
    else if (l.name === 'withGraphFetched') {
      // A second statement per relation: the related rows of every parent row, by the join column and its refinements.
      // The main statement is the same whatever is fetched: an expression or relation we cannot
      // read (`withGraphFetched(`[${expand}]`)`) leaves only its second statements unjudged.
      for (const r of graphRelations(c.args[0]) ?? []) {
        const j = model.joins?.get(r.name);
        if (!j) continue;
        const related = registry.all().find((m) => m.framework === 'objection' && m.table === j.table);
        const extra = graphConds(rest, r, params, (mod) => related?.modifiers?.get(mod));
        if (extra === undefined) continue;
        also.push(ormQuery('objection', { table: knexTable(j.table), at: { start: r.start, end: r.end } }, knexSql(`${qi(j.table)}.${qi(j.column)} IN (${params.next()})${extra ? ` and ${extra}` : ''}`), { framework: 'objection' }));
      }
    }
    else if (l.name === 'withGraphJoined' || l.name === 'eager' || l.name === 'joinEager') {
      const rels = relationNames(c.args[0]);
      if (!rels) throw new Dynamic('relation expression not visible', 'unseen');
      for (const r of rels) {
        const j = model.joins?.get(r.name);
        if (!j) throw new Dynamic('relation not visible', 'unseen');
        if (l.name === 'withGraphJoined' || l.name === 'joinEager') {
          joins.push(tableJoin('LEFT JOIN', { table: j.table, alias: r.name, at: { start: r.start, end: r.end } }, `${qi(r.name)}.${qi(j.column)} = ${qi(model.table)}.${qi(j.ownColumn)}`));
        } else {
          // A second statement: the related rows of every parent row, by the join column only.
          also.push(ormQuery('objection', { table: knexTable(j.table), at: { start: r.start, end: r.end } }, knexSql(`${qi(j.table)}.${qi(j.column)} IN (${params.next()})`), { framework: 'objection' }));
        }
      }
    }
  }
  conds.push(...knexChainConds(rest, params, 'modify'));
  joins.push(...joinClauses(rest, 0, params));
  const where = knexSql(renderConds(conds));
  const at = rel ? { start: l2.args[0]!.start, end: l2.args[0]!.end } : { start: r0.node.start, end: r0.node.end };
  // Joined tables keep the names the code wrote; a client that renames them is not followed there.
  if (joins.some((j) => j.k === 'table' && /[A-Z]/.test(j.table.name)) && knexTable('A') !== 'A') throw new Dynamic('camelCase join under an identifier mapper');
  return ormQuery('objection', { table: knexTable(table), ...(schema !== undefined ? { schema } : {}), at }, where, { framework: 'objection', model: model.modelName }, joins, [...also, ...params.subs]);
}

/** The function of a modifier the model or a base class declares, when visible (undefined otherwise). */
function declaredModifier(modelName: string, name: string, at: N): N | undefined {
  try {
    for (const c of classChain(modelName, at, 'objection')) {
      const obj = unwrap(c.statics.get('modifiers'));
      const fn = obj?.type === 'object' ? objectMethod(obj, name) : undefined;
      if (fn || obj) return fn;
    }
  } catch {
    // Not visible here: read by withModifiers(), which says why.
  }
  return undefined;
}

/** A modifier the model or a base class declares (`static modifiers` / `static get modifiers()`), read through the index. */
function classModifier(modelName: string, name: string, at: N, args: readonly N[]): Link[] {
  for (const c of classChain(modelName, at, 'objection')) {
    const obj = unwrap(c.statics.get('modifiers'));
    const fn = obj?.type === 'object' ? objectMethod(obj, name) : undefined;
    if (!fn) {
      if (obj && (obj.type !== 'object' || objectProps(obj).dynamic)) throw new Dynamic('modifiers not visible', 'unseen');
      continue;
    }
    const param = paramNames(fn)[0];
    const body = field(fn, 'body');
    if (!param || !body) break;
    bind(fn, args, 1);
    const paths = flowPaths(bodyStatements(body), [{ links: [], steps: [] }], { name: param, mutable: true, helper: () => undefined });
    // One path only: a modifier with branches is not judged.
    if (paths?.length !== 1 || paths[0]!.base) break;
    return [...paths[0]!.links];
  }
  throw new Dynamic('modifier not visible', 'unseen');
}

/**
 * Methods of a custom QueryBuilder (`static QueryBuilder = LeadQueryBuilder`, or a getter) that
 * return `this` refined (`ofCompany(c) { return this.where('company', c); }`), spliced in place.
 * Any other method we do not know may add anything: not judged.
 */
function customMethods(links: readonly Link[], modelName: string, at: N): Link[] {
  const out: Link[] = [];
  let builders: ClassInfo[] | undefined;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1];
    if (l.kind !== 'prop' || KNOWN.has(l.name) || /^(or|and)?(where|Where)\w*$/.test(l.name)) {
      out.push(l);
      continue;
    }
    if (c?.kind !== 'call') throw new Dynamic(`${l.name} is not a builder method we know`);
    if (!builders) {
      const qb = classChain(modelName, at, 'objection').map((k) => unwrap(k.statics.get('QueryBuilder'))).find((x) => x);
      // `static QueryBuilder = LeadQueryBuilder`, or `= builders.LeadQueryBuilder` through a namespace import.
      const ref = dottedName(qb);
      builders = ref && ref.length <= 2 ? classChain(ref.join('.'), qb!) : [];
    }
    const m = builders.map((b) => b.methods.get(l.name)).find((x) => x);
    const e = m ? returnedExpr(m) : undefined;
    const inner = e ? flattenChain(e) : [];
    if (!m || inner[0]?.kind !== 'root' || inner[0].name !== 'this' || inner.slice(1).some((x) => x.kind === 'prop' && !KNOWN.has(x.name) && !/^(or|and)?(where|Where)\w*$/.test(x.name))) {
      throw new Dynamic(`${l.name} is not a builder method we know`);
    }
    bind(m, c.args);
    out.push(...inner.slice(1));
    i++;
  }
  return out;
}

/** `.modify('recent')` / `.modify(['a', 'b'])` → the named modifiers' calls, spliced in place. */
function withModifiers(links: readonly Link[], model: ModelInfo, modelName: string, at: N): Link[] {
  const out: Link[] = [];
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1];
    if (l.kind !== 'prop' || l.name !== 'modify' || c?.kind !== 'call') {
      out.push(l);
      continue;
    }
    const a = unwrap(c.args[0]);
    const names = a?.type === 'array' ? kids(a).map((x) => stringValue(x)) : [stringValue(a)];
    for (const n of names) {
      if (n === undefined) throw new Dynamic('modifier not visible', 'unseen');
      out.push(...(model.modifiers?.get(n) ?? classModifier(modelName, n, at, a?.type === 'array' ? [] : c.args.slice(1))));
    }
    i++;
  }
  return out;
}
