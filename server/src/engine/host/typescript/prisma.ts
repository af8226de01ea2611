/**
 * Prisma Client queries → the SQL Prisma's query engine sends. Prisma cannot run offline here
 * (its engines download binaries), so the shapes follow its documented SQL: filters become
 * `"table"."column" op $n` joined with AND, `in` becomes `IN ($1, $2, …)`, `OR`/`NOT` nest.
 */
import { field, kids, unwrap, type Link, type N } from './ast';
import { objectProps, truthOf } from './values';
import { objectChoice } from './objects';
import { arrayItems, listItems } from './inline';
import { columnOf, type ModelInfo, type ModelRegistry } from './models';
import { prismaAccessor } from './prisma-schema';
import { dateLiteral } from './date-literals';
import { whereBuiltHere } from './prisma-opaque-where';
import { Dynamic, Params, isNullLiteral, isUndefined, joinAnd, joinOr, ormQuery, qi, ternaryValue, type OrmQuery, type TableAt } from './sqlgen';

export const METHODS: ReadonlySet<string> = new Set([
  'findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'update', 'updateMany', 'updateManyAndReturn',
  'delete', 'deleteMany', 'count', 'aggregate', 'groupBy', 'upsert',
]);

/** Recognises `<client>.<model>.<method>(args)`; returns undefined when it is not a Prisma query. */
export function prismaQuery(links: readonly Link[], registry: ModelRegistry, local: readonly ModelInfo[]): OrmQuery | undefined {
  for (let i = 1; i + 2 < links.length; i++) {
    const acc = links[i]!;
    const meth = links[i + 1]!;
    const call = links[i + 2]!;
    if (acc.kind !== 'prop' || meth.kind !== 'prop' || call.kind !== 'call' || (!METHODS.has(meth.name) && !CREATES.has(meth.name))) continue;
    const model = registry.find('prisma', acc.name, local);
    if (!model) continue;
    return CREATES.has(meth.name) ? createReads(model, call, registry) : translate(model, acc.node, meth.name, call, registry);
  }
  return undefined;
}

/** Inserts: they scan nothing themselves, but an `include`/`select` reads the relations of the new rows. */
const CREATES: ReadonlySet<string> = new Set(['create', 'createManyAndReturn']);

/**
 * `create({ data, include: { votes: true } })`: after the INSERT, Prisma reads each included list in a
 * statement of its own (`WHERE "participant_id" IN ($1)`); those statements are the query's, the insert
 * is not. Undefined when nothing visible is read back.
 */
function createReads(model: ModelInfo, call: Extract<Link, { kind: 'call' }>, registry: ModelRegistry): OrmQuery | undefined {
  const a = unwrap(call.args[0]);
  if (a?.type !== 'object') return undefined;
  return nestedAlone(objectProps(a).props, model, registry);
}

/** The statements the visible `include`/`select` of a call's arguments send, without the call's own; undefined when none. */
function nestedAlone(props: readonly { key: string; value: N }[], model: ModelInfo, registry: ModelRegistry): OrmQuery | undefined {
  const rel: Related = { registry, also: [] };
  for (const p of props) if (p.key === 'include' || p.key === 'select') visibleNestedReads(p.value, model, rel);
  const [first, ...rest] = rel.also;
  return first ? { ...first, ...(rest.length ? { also: [...(first.also ?? []), ...rest] } : {}) } : undefined;
}

function translate(model: ModelInfo, accNode: N, method: string, call: Extract<Link, { kind: 'call' }>, registry: ModelRegistry): OrmQuery {
  const params = new Params();
  const rel: Related = { registry, also: [] };
  const arg = call.args[0];
  let where: string | null = null;
  const fix: Record<string, string | number> = { framework: 'prisma', model: model.names[0] ?? '' };
  if (!arg) {
    fix.mode = 'no-args';
    fix.at = call.argsNode.start + 1;
  } else {
    const a = unwrap(arg);
    if (a?.type !== 'object') throw new Dynamic('arguments are not an object literal', 'unseen');
    const { props, dynamic } = objectProps(a);
    const w = props.find((p) => p.key === 'where');
    if (!w && dynamic) throw new Dynamic('arguments spread from elsewhere', 'unseen');
    if (w) {
      const wv = unwrap(w.value);
      if (wv?.type === 'ternary_expression' && objectChoice(wv)) {
        // `where: c ? { … } : undefined`: each object it may be is a path (undefined: no filter).
        const paths = choices(wv).map((o) => (o ? whereSql(o, model, params, rel) : null));
        for (const p of props) if (p.key === 'include' || p.key === 'select') visibleNestedReads(p.value, model, rel);
        const [first, ...rest] = paths.map((x) => ormQuery('prisma', tableAt(model, accNode), x, { framework: 'prisma', model: fix.model! }, [], rel.also));
        return rest.length ? { ...first!, alternatives: rest.map((q) => q.model) } : first!;
      }
      try {
        if (wv?.type !== 'object') throw new Dynamic('where is not an object literal', 'unseen');
        where = whereSql(wv, model, params, rel);
      } catch (e) {
        // A filter built here that we cannot read: the nested reads, which it never reaches, are judged alone.
        const alone = e instanceof Dynamic && whereBuiltHere(w.value) ? nestedAlone(props, model, registry) : undefined;
        if (alone) return alone;
        throw e;
      }
      fix.mode = 'where';
      fix.at = wv.start + 1;
      fix.empty = kids(wv).length === 0 ? 1 : 0;
    } else {
      fix.mode = 'args';
      fix.at = a.start + 1;
      fix.empty = kids(a).length === 0 ? 1 : 0;
    }
    for (const p of props) if (p.key === 'include' || p.key === 'select') visibleNestedReads(p.value, model, rel);
  }
  void method;
  return ormQuery('prisma', tableAt(model, accNode), where, fix, [], rel.also);
}

/** The objects a choice may give (null: no object); the branch the caller's values decide, when they do. */
function choices(t: N): (N | null)[] {
  const known = truthOf(field(t, 'condition'));
  const out: (N | null)[] = [];
  for (const f of known === undefined ? ['consequence', 'alternative'] : [known ? 'consequence' : 'alternative']) {
    const b = unwrap(field(t, f));
    if (b?.type === 'ternary_expression') out.push(...choices(b));
    else out.push(b?.type === 'object' ? b : null);
  }
  return out;
}

function tableAt(model: ModelInfo, node: N): TableAt {
  return { table: model.table, ...(model.schema !== undefined ? { schema: model.schema } : {}), at: { start: node.start, end: node.end } };
}

/** What relation filters and nested reads need: the models, and the statements they add. */
interface Related {
  readonly registry: ModelRegistry;
  readonly also: OrmQuery[];
}

function target(model: ModelInfo, relation: string, rel: Related): ModelInfo | undefined {
  const name = model.relationTargets?.get(relation);
  return name ? rel.registry.find('prisma', prismaAccessor(name)) : undefined;
}

function relatedQuery(t: ModelInfo, where: string | null, at: N, rel: Related): void {
  rel.also.push(ormQuery('prisma', tableAt(t, at), where, { framework: 'prisma', model: t.names[0] ?? '' }));
}

/**
 * Nested reads of an `include`/`select` we can read. One we cannot (a selection constant imported
 * from elsewhere) never changes the main statement's `where`: its further statements are left out.
 */
function visibleNestedReads(v: N, model: ModelInfo, rel: Related): void {
  const u = unwrap(v);
  if (u?.type !== 'object' || objectProps(u).dynamic) return;
  nestedReads(u, model, rel);
}

/**
 * `include: { outputs: true }` / `select: { outputs: { where } }`: Prisma reads a relation in a
 * second statement on its table, by the parent keys plus the nested `where`.
 */
function nestedReads(v: N, model: ModelInfo, rel: Related): void {
  const u = unwrap(v);
  if (u?.type !== 'object') throw new Dynamic('include/select not visible', 'unseen');
  const { props, dynamic } = objectProps(u);
  if (dynamic) throw new Dynamic('include/select spread', 'unseen');
  for (const p of props) {
    if (p.key === '_count') {
      relationCounts(p.value, p.keyNode, model, rel);
      continue;
    }
    if (!model.relations.has(p.key)) continue;
    const t = target(model, p.key, rel);
    if (!t) throw new Dynamic('relation target not known');
    const x = unwrap(p.value);
    if (x?.type === 'false') continue;
    const params = new Params();
    // The child's foreign key to the parent (to-many), else the child's id (to-one: the parent holds the key).
    const keys = t.foreignKeys?.get(model.modelName) ?? model.references?.get(p.key);
    if (!keys) throw new Dynamic('relation keys not known');
    let where: string | null = keys.map((f) => `${qi(columnOf(t, f))} IN (${params.next()})`).join(' AND ');
    if (x?.type === 'object') {
      const inner = objectProps(x);
      if (inner.dynamic) throw new Dynamic('nested read spread', 'unseen');
      const w = inner.props.find((q) => q.key === 'where');
      const wv = unwrap(w?.value);
      if (w && wv?.type !== 'object') throw new Dynamic('nested where not visible', 'unseen');
      const cond = wv ? whereSql(wv, t, params, rel) : null;
      where = cond === null ? where : `(${where}) AND (${cond})`;
      for (const q of inner.props) if (q.key === 'include' || q.key === 'select') nestedReads(q.value, t, rel);
    } else if (x?.type !== 'true') throw new Dynamic('nested read not visible', 'unseen');
    relatedQuery(t, where, p.keyNode, rel);
  }
}

/**
 * `_count: { select: { outputs: true } }` (or `_count: true`, every to-many relation): Prisma
 * aggregates the related table in a subquery grouped by the foreign key, filtered only by the
 * count's own `where` — a statement on that table of its own.
 */
function relationCounts(v: N, at: N, model: ModelInfo, rel: Related): void {
  const u = unwrap(v);
  if (u?.type === 'false') return;
  const toMany = (r: string): boolean => {
    const t = target(model, r, rel);
    return !!t && !!t.foreignKeys?.get(model.modelName) && !model.references?.get(r);
  };
  if (u?.type === 'true') {
    for (const r of model.relations) {
      const t = toMany(r) ? target(model, r, rel) : undefined;
      if (t) relatedQuery(t, null, at, rel);
    }
    return;
  }
  if (u?.type !== 'object') throw new Dynamic('_count not visible', 'unseen');
  const sel = objectProps(u).props.find((q) => q.key === 'select');
  const sv = unwrap(sel?.value);
  if (sv?.type !== 'object') throw new Dynamic('_count select not visible', 'unseen');
  const { props, dynamic } = objectProps(sv);
  if (dynamic) throw new Dynamic('_count select spread', 'unseen');
  for (const q of props) {
    const t = target(model, q.key, rel);
    if (!t) throw new Dynamic('counted relation not known');
    const x = unwrap(q.value);
    if (x?.type === 'false') continue;
    let where: string | null = null;
    if (x?.type === 'object') {
      const w = objectProps(x).props.find((y) => y.key === 'where');
      const wv = unwrap(w?.value);
      if (w && wv?.type !== 'object') throw new Dynamic('_count where not visible', 'unseen');
      where = wv ? whereSql(wv, t, new Params(), rel) : null;
    } else if (x?.type !== 'true') throw new Dynamic('_count relation not visible', 'unseen');
    relatedQuery(t, where, q.keyNode, rel);
  }
}

/** A Prisma `where` object (`WhereInput`). */
export function whereSql(obj: N, model: ModelInfo, params: Params, rel?: Related): string | null {
  const { props, dynamic } = objectProps(obj);
  if (dynamic) throw new Dynamic('where has a spread or computed key', 'unseen');
  const parts: (string | null)[] = [];
  for (const p of props) {
    const v = unwrap(p.value)!;
    if (p.key === 'AND' || p.key === 'OR' || p.key === 'NOT') {
      // A local array of parts (`OR: accessOr`, filled by `accessOr.push(…)` on some paths), or a literal
      // with parts spread in. The path without a part left out is one the query runs: a conjunction or a
      // disjunction may leave it out (fewer disjuncts scan no more partitions), a negation may not.
      const list = v.type === 'array' ? listItems(v) : v.type === 'identifier' ? arrayItems(v, p.value!) : { items: [v], optional: false };
      if (list.optional && p.key === 'NOT') throw new Dynamic(`${p.key} with parts on some paths only`);
      const items = list.items;
      const conds = items.map((it) => {
        const u = unwrap(it);
        if (u?.type !== 'object') throw new Dynamic(`${p.key} element is not an object literal`, 'unseen');
        return whereSql(u, model, params, rel);
      });
      if (p.key === 'AND') parts.push(joinAnd(conds));
      else if (p.key === 'OR') parts.push(v.type === 'array' && conds.length === 0 ? 'FALSE' : joinOr(conds));
      else {
        const inner = joinAnd(conds);
        parts.push(inner === null ? null : `NOT (${inner})`);
      }
      continue;
    }
    const compound = model.compoundKeys.get(p.key);
    if (compound) {
      if (v.type !== 'object') throw new Dynamic('compound key value is not an object literal', 'unseen');
      const inner = objectProps(v);
      if (inner.dynamic) throw new Dynamic('compound key value has a spread', 'unseen');
      for (const q of inner.props) parts.push(`${qi(columnOf(model, q.key))} = ${params.next()}`);
      continue;
    }
    if (model.relations.has(p.key)) {
      // Relation filters become subqueries on the other table (`IN (SELECT … FROM agent_outputs
      // WHERE …)`): they do not constrain this table's key, and the other table is judged on the
      // conditions inside them.
      parts.push(null);
      const t = rel ? target(model, p.key, rel) : undefined;
      // A filter we cannot read (a helper's object, a spread) only changes the statement on the other
      // table, never this one's conditions: that statement is left out, this one is still judged.
      const inner = v.type === 'object' ? objectProps(v) : undefined;
      if (rel && t && inner && !inner.dynamic) {
        const ops = inner.props.filter((q) => ['some', 'every', 'none', 'is', 'isNot'].includes(q.key));
        const filters = ops.length ? ops : [{ key: 'is', value: v, keyNode: p.keyNode }];
        for (const f of filters) {
          const fv = unwrap(f.value);
          if (fv?.type !== 'object' || objectProps(fv).dynamic) continue;
          const sub = new Params();
          const c = whereSql(fv, t, sub, rel);
          // `every` / `isNot` read the rows that fail the filter.
          const w = f.key === 'every' || f.key === 'isNot' ? (c === null ? 'FALSE' : `NOT (${c})`) : c;
          relatedQuery(t, w, p.keyNode, rel);
        }
      }
      continue;
    }
    parts.push(fieldFilter(qi(columnOf(model, p.key)), v, params));
  }
  return joinAnd(parts);
}

const CMP: Record<string, string> = { equals: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

function fieldFilter(col: string, v0: N, params: Params): string | null {
  const v = v0.type === 'ternary_expression' ? ternaryValue(v0) : v0;
  if (v === null || isUndefined(v)) return null;
  if (isNullLiteral(v)) return `${col} IS NULL`;
  if (v.type !== 'object') return `${col} = ${params.next()}`;
  const { props, dynamic } = objectProps(v);
  if (dynamic) throw new Dynamic('field filter has a spread', 'unseen');
  const parts: (string | null)[] = [];
  for (const p of props) {
    const x = unwrap(p.value)!;
    if (isUndefined(x)) continue;
    const op = CMP[p.key];
    if (op) parts.push(isNullLiteral(x) && op === '=' ? `${col} IS NULL` : `${col} ${op} ${dateLiteral(x) ?? params.next()}`);
    else if (p.key === 'in') parts.push(`${col} IN ${params.list(x)}`);
    else if (p.key === 'notIn') parts.push(`${col} NOT IN ${params.list(x)}`);
    else if (p.key === 'not') {
      if (isNullLiteral(x)) parts.push(`${col} IS NOT NULL`);
      else if (x.type === 'object') {
        const inner = fieldFilter(col, x, params);
        parts.push(inner === null ? null : `NOT (${inner})`);
      } else parts.push(`${col} <> ${params.next()}`);
    } else if (p.key === 'contains' || p.key === 'startsWith' || p.key === 'endsWith') parts.push(`${col}::text LIKE ${params.next()}`);
    else if (p.key === 'mode') continue;
    else if (p.key === 'has' || p.key === 'hasEvery' || p.key === 'hasSome' || p.key === 'isEmpty' || p.key === 'search') parts.push(`${col} @> ${params.next()}`);
    else throw new Dynamic(`unknown Prisma filter ${p.key}`);
  }
  return joinAnd(parts);
}
