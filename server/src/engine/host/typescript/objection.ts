/**
 * Objection.js queries → the SQL they send (Objection builds on knex, so conditions read like
 * knex's): `Lead.query().where(…)`, `findById`, `findOne`, `withGraphJoined('outputs')` (a LEFT
 * JOIN of the relation's table) and `withGraphFetched('outputs')` (a second query on the
 * relation's table, `WHERE "agent_outputs"."lead_id" IN (…)`), `Lead.relatedQuery('outputs')`.
 * Models come from the index (`static tableName`, `relationMappings`).
 */
import { kids, paramType, stringContentRange, stringValue, unwrap, type Link, type N } from './ast';
import { KNEX_TERMINAL_METHODS, joinClauses, knexChainConds, knexParams, plainWhere, renderConds, type Cond } from './builders';
import type { ModelInfo, ModelRegistry } from './models';
import type { Join } from '../../query/model';
import { Dynamic, executedHere, ormQuery, qi, tableJoin, type OrmQuery } from './sqlgen';

/** Builder methods of Objection and knex (conditions are recognised by name): anything else may be a custom QueryBuilder's. */
const KNOWN = new Set([
  ...KNEX_TERMINAL_METHODS,
  'select', 'columns', 'column', 'distinct', 'distinctOn', 'orderBy', 'orderByRaw', 'groupBy', 'groupByRaw', 'having', 'havingRaw', 'limit', 'offset',
  'first', 'page', 'range', 'resultSize', 'findById', 'findByIds', 'findOne', 'modify', 'withGraphFetched', 'withGraphJoined', 'eager', 'joinEager',
  'modifyGraph', 'joinRelated', 'innerJoinRelated', 'leftJoinRelated', 'for', 'patch', 'patchAndFetchById', 'updateAndFetchById', 'deleteById',
  'insert', 'insertAndFetch', 'insertGraph', 'upsertGraph', 'returning', 'throwIfNotFound', 'timeout', 'debug', 'forUpdate', 'forShare', 'skipUndefined',
  'alias', 'as', 'castTo', 'execute', 'clone', 'clearSelect', 'clearOrder', 'join', 'innerJoin', 'leftJoin', 'leftOuterJoin', 'rightJoin', 'fullOuterJoin',
  'crossJoin', 'with', 'context', 'transacting', 'allowGraph', 'runAfter', 'runBefore', 'onBuild', 'toKnexQuery', 'select', 'selectRaw', 'count', 'countDistinct',
]);

const TERMINAL = new Set([...KNEX_TERMINAL_METHODS, 'findById', 'findByIds', 'findOne', 'patch', 'deleteById', 'patchAndFetchById', 'updateAndFetchById', 'page', 'range', 'resultSize', 'execute', 'insert', 'insertAndFetch']);

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

export function objectionQuery(top: N, links: readonly Link[], registry: ModelRegistry, aliases?: ReadonlyMap<string, string>): OrmQuery | undefined {
  const r0 = links[0];
  const l1 = links[1];
  const l2 = links[2];
  if (r0?.kind !== 'root' || l1?.kind !== 'prop' || l2?.kind !== 'call') return undefined;
  // `lead.$relatedQuery('outputs')` on a parameter typed with the model (`lead: Lead`).
  const instance = l1.name === '$relatedQuery' ? paramType(r0.node, r0.name) : undefined;
  const model = objectionModel(instance ?? r0.name, registry, aliases);
  if (!model) return undefined;
  const params = knexParams();
  let table = model.table;
  let schema = model.schema;
  let rel: { table: string; column: string; ownColumn: string } | undefined;
  const conds: Cond[] = [];
  if (l1.name === 'relatedQuery' || (instance && l1.name === '$relatedQuery')) {
    // `Lead.relatedQuery('outputs').for(id)`: reads the relation's table by its join column.
    const names = relationNames(l2.args[0]);
    rel = names?.length === 1 ? model.joins?.get(names[0]!.name) : undefined;
    if (!rel) throw new Dynamic('relation not visible');
    table = rel.table;
    schema = undefined;
    conds.push({ bool: 'and', sql: `${qi(rel.table)}.${qi(rel.column)} in (${params.next()})` });
  } else if (l1.name !== 'query') return undefined;
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  if (!executedHere(top, TERMINAL, names)) throw new Dynamic('builder escapes');
  const rest = withModifiers(links.slice(3), model);
  // A method of a custom QueryBuilder (`static QueryBuilder = LeadQueryBuilder`) may add anything.
  for (const l of rest) if (l.kind === 'prop' && !KNOWN.has(l.name) && !/^(or|and)?(where|Where)\w*$/.test(l.name)) throw new Dynamic(`${l.name} is not a builder method we know`);
  const also: OrmQuery[] = [];
  const joins: Join[] = [];
  for (let i = 0; i + 1 < rest.length; i++) {
    const l = rest[i]!;
    const c = rest[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    // A composite id (`findById([id, userId])`) names columns of `static idColumn`, which is not read.
    if (/ById$/.test(l.name) && unwrap(c.args[0])?.type === 'array') throw new Dynamic('composite id');
    if (l.name === 'findById' || l.name === 'deleteById' || l.name === 'patchAndFetchById' || l.name === 'updateAndFetchById') conds.push({ bool: 'and', sql: `${qi(table)}.${qi('id')} = ${params.next()}` });
    else if (l.name === 'findByIds') conds.push({ bool: 'and', sql: `${qi(table)}.${qi('id')} in ${params.list(c.args[0])}` });
    else if (l.name === 'findOne') conds.push({ bool: 'and', sql: plainWhere(c.args, params) });
    else if (l.name === 'for' && rel) continue;
    else if (l.name === 'modifyGraph' || l.name === 'joinRelated' || l.name === 'innerJoinRelated' || l.name === 'leftJoinRelated') throw new Dynamic(`${l.name} not followed`);
    else if (l.name === 'withGraphFetched' || l.name === 'withGraphJoined' || l.name === 'eager' || l.name === 'joinEager') {
      const rels = relationNames(c.args[0]);
      if (!rels) throw new Dynamic('relation expression not visible');
      for (const r of rels) {
        const j = model.joins?.get(r.name);
        if (!j) throw new Dynamic('relation not visible');
        if (l.name === 'withGraphJoined' || l.name === 'joinEager') {
          joins.push(tableJoin('LEFT JOIN', { table: j.table, alias: r.name, at: { start: r.start, end: r.end } }, `${qi(r.name)}.${qi(j.column)} = ${qi(model.table)}.${qi(j.ownColumn)}`));
        } else {
          // A second statement: the related rows of every parent row, by the join column only.
          also.push(ormQuery('objection', { table: j.table, at: { start: r.start, end: r.end } }, `${qi(j.table)}.${qi(j.column)} IN (${params.next()})`, { framework: 'objection' }));
        }
      }
    }
  }
  conds.push(...knexChainConds(rest, params, 'modify'));
  joins.push(...joinClauses(rest, 0));
  const where = renderConds(conds);
  const at = rel ? { start: l2.args[0]!.start, end: l2.args[0]!.end } : { start: r0.node.start, end: r0.node.end };
  return ormQuery('objection', { table, ...(schema !== undefined ? { schema } : {}), at }, where, { framework: 'objection', model: model.modelName }, joins, [...also, ...params.subs]);
}

/** `.modify('recent')` / `.modify(['a', 'b'])` → the named modifiers' calls, spliced in place. */
function withModifiers(links: readonly Link[], model: ModelInfo): Link[] {
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
      const m = n === undefined ? undefined : model.modifiers?.get(n);
      if (!m) throw new Dynamic('modifier not visible');
      out.push(...m);
    }
    i++;
  }
  return out;
}
