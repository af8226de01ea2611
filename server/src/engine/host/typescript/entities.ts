/**
 * TypeORM repository / entity-manager / QueryBuilder calls → SQL (Sequelize: sequelize.ts).
 * TypeORM: `repo.find({ where: { createdAt: MoreThanOrEqual(x) } })`, `findBy`, `update`, `delete`,
 * and `createQueryBuilder('l').where('l.createdAt >= :from', …)` whose strings are SQL.
 */
import { field, flattenChain, kids, stringValue, text, unwrap, dottedName, modelNameOf, modelPath, type Link, type N } from './ast';
import { absent, objectProps } from './values';
import { declaredName, declaredNameAt } from './import-names';
import { columnOf, decoratorCall, type ModelInfo, type ModelRegistry } from './models';
import type { Join } from '../../query/model';
import { entityInstanceQuery } from './typeorm-loaded-entities';
import { ownBuilderAlias } from './typeorm-qb-alias';
import { repositoryCallTarget } from './typeorm-repo-calls';
import { fallbackValue, findOptionsWhere } from './typeorm-find-options';
import { primaryKeyValue } from './typeorm-key-values';
import { Dynamic, Params, attempt, executedHere, isNullLiteral, isUndefined, joinAnd, joinOr, ormQuery, qi, staticSelf, tableJoin, ternaryValue, type OrmQuery, type TableAt } from './sqlgen';

export { injectedModels, sequelizeQuery } from './sequelize';

function tableAt(model: ModelInfo, node: N): TableAt {
  return { table: model.table, ...(model.schema !== undefined ? { schema: model.schema } : {}), at: { start: node.start, end: node.end } };
}

/** Variables / fields that hold a TypeORM repository → the entity class name it serves. */
export function typeormRepositories(root: N): Map<string, string> {
  const repos = new Map<string, string>();
  // Entities are named as declared: `import { Lead as LeadEntity }` and `entities.Lead` name `Lead` (import-names.ts).
  const entityFrom = declaredName;
  const fromType = (t: N | undefined): string | undefined => {
    if (!t) return undefined;
    const e = /\b(?:Repository|TreeRepository|MongoRepository)\s*<\s*((?:[\w$]+\s*\.\s*)*[\w$]+)\s*>/.exec(text(t))?.[1];
    return e ? declaredNameAt(t, e.replace(/\s/g, '')) : undefined;
  };
  const stack: N[] = [root];
  const later: N[] = [];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.children) stack.push(c);
    if (n.type === 'class_heritage') {
      // A custom repository (`class LeadRepository extends Repository<Lead>`): `this` is the repository.
      const e = /^\s*extends\s+(?:Repository|TreeRepository)\s*<\s*((?:[\w$]+\s*\.\s*)*[\w$]+)\s*>/.exec(text(n))?.[1];
      if (e) repos.set('this', declaredNameAt(n, e.replace(/\s/g, '')));
    } else if (n.type === 'public_field_definition' || n.type === 'required_parameter' || n.type === 'optional_parameter') {
      const nameNode = field(n, 'name') ?? field(n, 'pattern');
      if (!nameNode) continue;
      let e: string | undefined;
      for (const d of n.children.filter((c) => c.type === 'decorator')) {
        const dc = decoratorCall(d);
        if (dc?.name === 'InjectRepository') e = entityFrom(dc.args[0]);
      }
      e ??= fromType(field(n, 'type'));
      if (!e && n.type === 'public_field_definition') e = repoExpr(field(n, 'value'), entityFrom);
      if (e) repos.set(text(nameNode), e);
    } else if (n.type === 'variable_declarator') {
      const nameNode = field(n, 'name');
      if (nameNode?.type !== 'identifier') continue;
      const e = fromType(field(n, 'type')) ?? repoExpr(field(n, 'value'), entityFrom);
      if (e) repos.set(text(nameNode), e);
      else if (/\.withRepository\s*\(/.test(text(n))) later.push(n);
    }
  }
  // Once every field is known: `const leadRepo = this.manager_.withRepository(this.leadRepository_)`.
  for (const n of later) {
    const e = withRepository(field(n, 'value'), repos);
    if (e) repos.set(text(field(n, 'name')!), e);
  }
  return repos;
}


/** `manager.withRepository(this.leadRepository_)` (Medusa): the entity of the repository it is given, when known. */
function withRepository(v: N | undefined, repos: ReadonlyMap<string, string>): string | undefined {
  const u = unwrap(v);
  const callee = u?.type === 'call_expression' ? field(u, 'function') : undefined;
  if (!u || callee?.type !== 'member_expression' || text(field(callee, 'property') ?? callee) !== 'withRepository') return undefined;
  const a = dottedName(kids(field(u, 'arguments') ?? u)[0]);
  const name = a && (a.length === 1 || (a.length === 2 && a[0] === 'this')) ? a[a.length - 1]! : undefined;
  return name ? repos.get(name) : undefined;
}

/** The entity a repository expression serves: `ds.getRepository(Lead)`, and its `.extend({ … })` (a custom repository). */
export function repositoryEntity(v: N | undefined): string | undefined {
  return repoExpr(v, declaredName);
}

function repoExpr(v: N | undefined, entityFrom: (n: N | undefined) => string | undefined): string | undefined {
  let u = unwrap(v);
  if (u?.type !== 'call_expression') return undefined;
  const callee = field(u, 'function');
  if (callee?.type === 'member_expression' && text(field(callee, 'property') ?? callee) === 'extend') u = unwrap(field(callee, 'object'));
  if (u?.type !== 'call_expression') return undefined;
  const target = repositoryCallTarget(u);
  return target ? entityFrom(target) : undefined;
}

/**
 * The entity argument of a `getRepository` call: TypeORM's own take it alone, and connection wrappers that pick a
 * transaction's manager take the request context first and the entity last (Vendure's `getRepository(ctx, Lead)`).
 */
export function repositoryTarget<T>(args: readonly T[]): T | undefined {
  return args[args.length - 1];
}

const TO_OPTS = new Set(['find', 'findOne', 'findOneOrFail', 'findAndCount', 'count', 'exist', 'exists']);
const TO_WHERE = new Set(['findBy', 'findOneBy', 'findOneByOrFail', 'countBy', 'existsBy', 'findAndCountBy', 'sum', 'average', 'minimum', 'maximum']);
const TO_CRITERIA = new Set(['update', 'delete', 'softDelete', 'restore', 'increment', 'decrement']);
const QB_TERMINAL = new Set(['getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getCount', 'getManyAndCount', 'getExists', 'execute', 'stream', 'getQuery', 'getSql', 'getQueryAndParameters', 'then']);

export function typeormQuery(top: N, links: readonly Link[], repos: ReadonlyMap<string, ModelInfo>, registry: ModelRegistry, local: readonly ModelInfo[]): OrmQuery | undefined {
  // Find the repository / entity the chain works on.
  for (let i = 0; i + 2 < links.length; i++) {
    const l = links[i]!;
    const meth = links[i + 1]!;
    const call = links[i + 2]!;
    if (meth.kind !== 'prop' || call.kind !== 'call') continue;
    let entity: ModelInfo | undefined;
    let rangeNode: N | undefined;
    let argShift = 0;
    if ((l.kind === 'prop' || l.kind === 'root') && repos.has(l.name)) {
      entity = repos.get(l.name);
      rangeNode = l.node;
    } else if (l.kind === 'call' && i > 0) {
      const g = links[i - 1]!;
      // `ds.getRepository(Lead)`, and TypeORM 0.2's global `getRepository(Lead)`.
      if ((g.kind === 'prop' || (g.kind === 'root' && i === 1)) && (g.name === 'getRepository' || g.name === 'getTreeRepository')) {
        const target = repositoryTarget(l.args);
        const d = modelPath(target);
        entity = d ? registry.find('typeorm', d[d.length - 1]!, local) : undefined;
        rangeNode = target;
      } else if (g.kind === 'root' && i === 1 && repos.has(`getter ${g.name}`)) {
        // `leadRepo()` / `leadRepo(em)`: a repository getter's call (typeorm-repo-getters.ts).
        entity = repos.get(`getter ${g.name}`);
        rangeNode = g.node;
      } else if (g.kind === 'prop' && l.args.length === 1 && unwrap(l.args[0])?.type === 'identifier' && repos.has(`class ${text(unwrap(l.args[0])!)}`)) {
        // `Container.get(LeadRepository).find(…)`: a custom repository from a container (typeorm-repos.ts).
        entity = repos.get(`class ${text(unwrap(l.args[0])!)}`);
        rangeNode = l.args[0];
      }
    } else if (l.kind === 'root' && registry.find('typeorm', l.name === 'this' ? (staticSelf(l.node) ?? '') : modelNameOf(l.node, l.name), local) && !repos.has(l.name)) {
      // Active-record style: `Lead.find(…)` on a BaseEntity (`this.find(…)` in its static methods).
      entity = registry.find('typeorm', l.name === 'this' ? (staticSelf(l.node) ?? '') : modelNameOf(l.node, l.name), local);
      rangeNode = l.node;
    }
    // An EntityManager under any name (`em`, `tx`, a transaction callback's parameter) takes the entity first.
    // TypeORM 0.2's `getManager()` is the default EntityManager.
    const g0 = links[i - 1];
    const managerLike = /manager$/i.test(l.kind === 'prop' || l.kind === 'root' ? l.name : l.kind === 'call' && (g0?.kind === 'root' || g0?.kind === 'prop') ? g0.name : '') || ((l.kind === 'prop' || l.kind === 'root') && i + 3 === links.length && call.args.length >= 2 && isEntityArg(call.args[0], registry, local));
    if (!entity && (TO_OPTS.has(meth.name) || TO_WHERE.has(meth.name) || TO_CRITERIA.has(meth.name)) && managerLike) {
      // EntityManager: `manager.find(Lead, { where })`.
      const d = modelPath(call.args[0]);
      entity = d ? registry.find('typeorm', d[d.length - 1]!, local) : undefined;
      rangeNode = call.args[0];
      argShift = 1;
    }
    // `dataSource.createQueryBuilder(Lead, 'l')` / `manager.createQueryBuilder(Lead, 'l')`: the entity and its alias.
    if (!entity && meth.name === 'createQueryBuilder' && call.args.length >= 2 && isEntityArg(call.args[0], registry, local) && stringValue(call.args[1]) !== undefined) {
      const d = modelPath(call.args[0])!;
      const e = registry.find('typeorm', d[d.length - 1]!, local)!;
      return queryBuilder(top, links, i + 2, e, call, call.args[0]!, 1, registry, local);
    }
    if (!entity || !rangeNode) continue;
    if (meth.name === 'createQueryBuilder') return queryBuilder(top, links, i + 2, entity, call, rangeNode, 0, registry, local);
    const params = new Params();
    const alias = entity.modelName;
    let where: string | null;
    const arg = unwrap(call.args[argShift]);
    const tj: ToJoins = { registry, local, joins: new Map() };
    if (TO_OPTS.has(meth.name)) {
      if (!arg) where = null;
      else if ((meth.name === 'findOne' || meth.name === 'findOneOrFail') && primaryKeyValue(arg, entity)) where = `${qi(alias)}.${qi(columnOf(entity, entity.primaryKey?.length === 1 ? entity.primaryKey[0]! : 'id'))} = ${params.next()}`;
      else {
        if (arg.type !== 'object') throw new Dynamic('options not visible', 'unseen');
        const { props, dynamic } = objectProps(arg);
        const w = props.find((p) => p.key === 'where');
        if (!w && dynamic) throw new Dynamic('options spread', 'unseen');
        where = w ? toWhere(fallbackValue(w.value) ?? unwrap(w.value), entity, alias, params, tj) : null;
        const rels = props.find((p) => p.key === 'relations');
        // Relations are LEFT JOINs: ones we cannot read add tables we leave out, never a condition on this one.
        if (rels && !absent(rels.value)) attempt(() => findRelations(rels.value, entity, alias, tj));
      }
    } else if (TO_WHERE.has(meth.name)) {
      const a = unwrap(call.args[argShift + (['sum', 'average', 'minimum', 'maximum'].includes(meth.name) ? 1 : 0)]);
      where = a ? toWhere(a, entity, alias, params, tj) : null;
    } else if (TO_CRITERIA.has(meth.name)) {
      // `typeof key === 'string' ? { id: key } : { ...key }`: the arm the caller's value decides.
      const crit = arg?.type === 'ternary_expression' ? (ternaryValue(arg) ?? undefined) : arg;
      if (!crit) throw new Dynamic('criteria missing');
      if (crit.type === 'object' || crit.type === 'array') where = toWhere(crit, entity, alias, params);
      else if (primaryKeyValue(crit, entity)) where = `${qi(alias)}.${qi(columnOf(entity, entity.primaryKey?.length === 1 ? entity.primaryKey[0]! : 'id'))} = ${params.next()}`;
      else throw new Dynamic('criteria not visible', 'unseen');
    } else continue;
    return ormQuery('typeorm', { ...tableAt(entity, rangeNode), alias }, where, { framework: 'typeorm', entity: entity.modelName }, renderJoins(tj));
  }
  const inst = entityInstanceQuery(links, repos, registry, local);
  if (inst) return inst;
  // `dataSource.createQueryBuilder().select(…).from(Lead, 'l')` / `.update(Lead)` / `.delete().from(Lead)`.
  for (let i = 1; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call' || !['from', 'update'].includes(l.name)) continue;
    if (!links.slice(0, i).some((x) => x.kind === 'prop' && x.name === 'createQueryBuilder')) continue;
    const d = modelPath(c.args[0]);
    const entity = d ? registry.find('typeorm', d[d.length - 1]!, local) : undefined;
    if (!entity || !c.args[0]) return undefined;
    return queryBuilder(top, links, i + 1, entity, c, c.args[0], 1, registry, local);
  }
  return undefined;
}

/** Whether an argument names a known TypeORM entity class (`em.delete(AgentOutput, …)`). */
function isEntityArg(a: N | undefined, registry: ModelRegistry, local: readonly ModelInfo[]): boolean {
  const u = unwrap(a);
  // `LeadEntity` of `import { Lead as LeadEntity }` and `entities.Lead` of `import * as entities` name `Lead`.
  if (u?.type !== 'identifier' && !(u?.type === 'member_expression' && /^[\w$]+(?:\.[\w$]+)+$/.test(text(u)))) return false;
  const name = modelNameOf(u, text(u));
  return /^[A-Z]/.test(name) && registry.find('typeorm', name, local) !== undefined;
}

/** `relations: { outputs: true }` / `relations: ['outputs']`: LEFT JOINs of the relations' tables. */
function findRelations(v: N, entity: ModelInfo, alias: string, tj: ToJoins): void {
  const u = unwrap(v);
  const add = (name: string, node: N): void => {
    const t = relationTarget(entity, name.split('.')[0]!, tj);
    if (!t) throw new Dynamic('relation target not known');
    const ra = relationAlias(alias, name.split('.')[0]!);
    if (!tj.joins.has(ra)) tj.joins.set(ra, { model: t, node, inner: false });
  };
  if (u?.type === 'array') {
    for (const x of kids(u)) {
      const s = stringValue(x);
      if (s === undefined) throw new Dynamic('relations not visible', 'unseen');
      add(s, x);
    }
  } else if (u?.type === 'object') {
    const { props, dynamic } = objectProps(u);
    if (dynamic) throw new Dynamic('relations spread', 'unseen');
    for (const p of props) if (unwrap(p.value)?.type !== 'false') add(p.key, p.keyNode);
  } else throw new Dynamic('relations not visible', 'unseen');
}

function renderJoins(tj: ToJoins): Join[] {
  // The join columns come from the relation's metadata; they are foreign keys, not the key filter.
  return [...tj.joins].map(([a, j]) => tableJoin(j.inner ? 'INNER JOIN' : 'LEFT JOIN', { ...tableAt(j.model, j.node), alias: a }, j.on ?? null));
}

const TO_CMP: Record<string, string> = { Equal: '=', LessThan: '<', LessThanOrEqual: '<=', MoreThan: '>', MoreThanOrEqual: '>=', Like: 'LIKE', ILike: 'ILIKE', ArrayContains: '@>', ArrayContainedBy: '<@', ArrayOverlap: '&&' };

/** Relations a TypeORM query joins (find `relations`, relation filters, QueryBuilder joins), by alias. */
interface ToJoins {
  readonly registry: ModelRegistry;
  readonly local: readonly ModelInfo[];
  readonly joins: Map<string, { model: ModelInfo; node: N; inner: boolean; on?: string }>;
}

/** TypeORM's alias for a relation joined by find options: `Lead__Lead_outputs`. */
function relationAlias(alias: string, rel: string): string {
  return `${alias}__${alias}_${rel}`;
}

function relationTarget(entity: ModelInfo, rel: string, tj: ToJoins | undefined): ModelInfo | undefined {
  const name = entity.relationTargets?.get(rel);
  return name && tj ? tj.registry.find('typeorm', name, tj.local) : undefined;
}

function toWhere(w: N | undefined, entity: ModelInfo, alias: string, params: Params, tj?: ToJoins): string | null {
  if (!w) return null;
  if (w.type === 'array') return joinOr(kids(w).map((x) => toWhere(unwrap(x), entity, alias, params, tj)));
  if (w.type !== 'object') throw new Dynamic('where not visible', 'unseen');
  const { props, dynamic } = objectProps(w);
  if (dynamic) throw new Dynamic('where spread', 'unseen');
  const parts: (string | null)[] = [];
  for (const p of props) {
    const v = unwrap(p.value)!;
    if (entity.relations.has(p.key)) {
      // `campaign: { id: 5 }` reads the join column on this table; other relation filters join.
      const jc = entity.columns.get(`${p.key}.id`);
      const target = relationTarget(entity, p.key, tj);
      if (jc && v.type === 'object' && objectProps(v).props.every((q) => q.key === 'id')) {
        const idp = objectProps(v).props.find((q) => q.key === 'id');
        parts.push(idp ? opValue(`${qi(alias)}.${qi(jc)}`, unwrap(idp.value)!, params) : null);
      } else if (target && tj && v.type === 'object') {
        // The relation's table is joined and its conditions are read on the join's alias.
        const ra = relationAlias(alias, p.key);
        if (!tj.joins.has(ra)) tj.joins.set(ra, { model: target, node: p.keyNode, inner: false });
        parts.push(toWhere(v, target, ra, params, tj));
      } else parts.push(null);
      continue;
    }
    parts.push(opValue(`${qi(alias)}.${qi(columnOf(entity, p.key))}`, v, params));
  }
  return joinAnd(parts);
}

function opValue(col: string, v0: N, params: Params): string | null {
  const v = v0.type === 'ternary_expression' ? ternaryValue(v0) : v0;
  if (v === null || isUndefined(v)) return null;
  if (isNullLiteral(v)) return `${col} IS NULL`;
  if (v.type === 'call_expression') {
    const fn = dottedName(field(v, 'function'));
    const name = fn?.[fn.length - 1];
    const args = kids(field(v, 'arguments') ?? v);
    if (name && TO_CMP[name]) return `${col} ${TO_CMP[name]} ${params.next()}`;
    switch (name) {
      case 'Between':
        return `${col} BETWEEN ${params.next()} AND ${params.next()}`;
      case 'In':
        return `${col} IN ${params.list(args[0])}`;
      case 'Any':
        return `${col} = ANY(${params.next()})`;
      case 'IsNull':
        return `${col} IS NULL`;
      case 'Not': {
        const inner = args[0] ? opValue(col, unwrap(args[0])!, params) : null;
        return inner === null ? null : `NOT (${inner})`;
      }
      case 'Raw':
        return rawSql(col, args[0], params);
      case 'And':
      case 'Or': {
        const parts = args.map((a) => opValue(col, unwrap(a)!, params));
        return name === 'And' ? joinAnd(parts) : joinOr(parts);
      }
      default:
        // A value computed by a call (`new Date()`, `startOfMonth(x)`) is a parameter.
        if (name && /^[A-Z]/.test(name) && name !== 'Date' && name !== 'Number' && name !== 'String') throw new Dynamic(`operator ${name}`);
        return `${col} = ${params.next()}`;
    }
  }
  if (v.type === 'object') throw new Dynamic('embedded or relation filter');
  return `${col} = ${params.next()}`;
}

/** `Raw((alias) => \`${alias} >= NOW()\`)` / `Raw('… :x', { x })`. */
function rawSql(col: string, arg: N | undefined, params: Params): string {
  const u = unwrap(arg);
  if (!u) throw new Dynamic('Raw()');
  if (u.type === 'arrow_function' || u.type === 'function_expression') {
    const ps = field(u, 'parameters') ?? field(u, 'parameter');
    const p0 = ps ? (ps.type === 'identifier' ? ps : kids(ps)[0]) : undefined;
    const pname = p0 ? text(field(p0, 'pattern') ?? p0) : '';
    const body = unwrap(field(u, 'body'));
    if (body?.type !== 'template_string' && body?.type !== 'string') throw new Dynamic('Raw body');
    let s = '';
    if (body.type === 'string') s = stringValue(body) ?? '';
    else for (const c of body.children) s += c.type === 'template_substitution' ? (text(kids(c)[0] ?? c) === pname ? col : params.next()) : text(c);
    return typeormParams(s, params);
  }
  const s = stringValue(u);
  if (s === undefined) throw new Dynamic('Raw not visible', 'unseen');
  return typeormParams(s, params);
}

/** TypeORM's named parameters: `:name` → `$n`, `:...list` → `($n)`; `::type` casts stay. */
function typeormParams(s: string, params: Params): string {
  return s.replace(/(?<![:\w]):(\.\.\.)?[A-Za-z_]\w*/g, (_m, spread: string | undefined) => (spread ? `(${params.next()})` : params.next()));
}

/** QueryBuilder chains: `.where('l.createdAt >= :from', { from })`, `.andWhere`, `.orWhere`. */
const QB_JOINS: Record<string, boolean> = { innerJoin: true, innerJoinAndSelect: true, leftJoin: false, leftJoinAndSelect: false };

function queryBuilder(
  top: N,
  links: readonly Link[],
  from: number,
  entity: ModelInfo,
  call: Extract<Link, { kind: 'call' }>,
  rangeNode: N,
  aliasArg: number,
  registry: ModelRegistry,
  local: readonly ModelInfo[],
): OrmQuery {
  const alias = stringValue(call.args[aliasArg]) ?? entity.modelName;
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  if (!executedHere(top, QB_TERMINAL, names)) throw new Dynamic('query builder escapes', 'escapes');
  const params = new Params();
  // Joins first: their aliases name columns in the where strings.
  const tj: ToJoins = { registry, local, joins: new Map() };
  const aliases = new Map<string, ModelInfo>([[alias, entity]]);
  const mapAll = (str: string): string => {
    let out = str;
    for (const [a, m] of aliases) out = mapProps(out, a, m);
    return out;
  };
  for (let i = from + 1; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    if (/^(inner|left)JoinAndMap/.test(l.name)) throw new Dynamic('mapped join');
    if (!(l.name in QB_JOINS)) continue;
    const ja = stringValue(c.args[1]);
    const target = c.args[0];
    if (!ja || !target) throw new Dynamic('join not visible', 'unseen');
    let model: ModelInfo | undefined;
    const rel = stringValue(target);
    if (rel !== undefined) {
      const [owner, prop] = rel.split('.');
      const om = owner ? aliases.get(owner) : undefined;
      model = om && prop ? relationTarget(om, prop, tj) : undefined;
    } else {
      const d = modelPath(target);
      model = d ? registry.find('typeorm', d[d.length - 1]!, local) : undefined;
    }
    if (!model) throw new Dynamic('joined entity not known');
    aliases.set(ja, model);
    const cond = c.args[2] ? stringValue(c.args[2]) : undefined;
    if (c.args[2] && cond === undefined) throw new Dynamic('join condition not visible', 'unseen');
    tj.joins.set(ja, { model, node: target, inner: QB_JOINS[l.name]!, ...(cond !== undefined ? { on: `(${typeormParams(mapAll(cond), params)})` } : {}) });
  }
  const where = qbWhere(links, from + 1, (a) => {
    if (a?.type === 'object' || a?.type === 'array') return toWhere(a, entity, alias, params);
    if (a?.type === 'arrow_function' || a?.type === 'function_expression') return typeormParams(mapAll(callbackWhere(a, params, registry, local)), params);
    const str = a ? (stringValue(a) ?? templateText(a, params, alias)) : undefined;
    if (str === undefined) throw new Dynamic('where argument not visible', 'unseen');
    return typeormParams(mapAll(str), params);
  });
  return ormQuery('typeorm', { ...tableAt(entity, rangeNode), alias }, where || null, { framework: 'typeorm', entity: entity.modelName }, renderJoins(tj));
}

/**
 * `.andWhere((qb) => { const sub = qb.subQuery().select('o.leadId').from(AgentOutput, 'o').where(…).getQuery(); return \`lead.id IN ${sub}\`; })`:
 * the condition string with each subquery rendered as the SQL TypeORM puts there.
 */
function callbackWhere(fn: N, params: Params, registry: ModelRegistry, local: readonly ModelInfo[]): string {
  const p0 = field(fn, 'parameter') ?? kids(field(fn, 'parameters') ?? fn)[0];
  const pname = p0 ? text(field(p0, 'pattern') ?? p0) : '';
  const body = field(fn, 'body');
  if (!body || !/^[\w$]+$/.test(pname)) throw new Dynamic('where callback not visible');
  const subs = new Map<string, string>();
  let ret: N | undefined = body;
  if (body.type === 'statement_block') {
    ret = undefined;
    for (const st of kids(body)) {
      if (st.type === 'return_statement' && !ret) ret = kids(st)[0];
      else if (st.type === 'lexical_declaration' && !ret) {
        for (const d of kids(st)) {
          const n = field(d, 'name');
          const v = field(d, 'value');
          if (d.type !== 'variable_declarator' || n?.type !== 'identifier' || !v) throw new Dynamic('where callback not visible');
          subs.set(text(n), subQuerySql(v, pname, params, registry, local));
        }
      } else throw new Dynamic('where callback not visible');
    }
  }
  const render = (e: N | undefined): string => {
    const u = unwrap(e);
    if (!u) throw new Dynamic('where callback not visible');
    const sv = stringValue(u);
    if (sv !== undefined) return sv;
    if (u.type === 'identifier' && subs.has(text(u))) return subs.get(text(u))!;
    if (u.type === 'call_expression') return subQuerySql(u, pname, params, registry, local);
    if (u.type === 'binary_expression' && /^\s*\+\s*$/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) return render(field(u, 'left')) + render(field(u, 'right'));
    if (u.type === 'template_string') return u.children.map((c) => (c.type === 'template_substitution' ? render(kids(c)[0]) : text(c))).join('');
    throw new Dynamic('where callback not visible');
  };
  return render(ret);
}

/** `qb.subQuery().select(…).from(Entity, 'o').where(…).getQuery()` → `(SELECT 1 FROM "table" "o" WHERE …)`. */
function subQuerySql(v: N, pname: string, params: Params, registry: ModelRegistry, local: readonly ModelInfo[]): string {
  const links = flattenChain(unwrap(v) ?? v);
  if (links[0]?.kind !== 'root' || links[0].name !== pname || links[1]?.kind !== 'prop' || links[1].name !== 'subQuery') throw new Dynamic('subquery not visible');
  const fi = links.findIndex((l) => l.kind === 'prop' && l.name === 'from');
  const fc = links[fi + 1];
  if (fi < 0 || fc?.kind !== 'call') throw new Dynamic('subquery not visible');
  const d = modelPath(fc.args[0]);
  const entity = d ? registry.find('typeorm', d[d.length - 1]!, local) : undefined;
  const alias = stringValue(fc.args[1]);
  if (!entity || !alias || links.some((l) => l.kind === 'prop' && /join/i.test(l.name))) throw new Dynamic('subquery not visible');
  const where = qbWhere(links, fi + 2, (a) => {
    const str = stringValue(a);
    if (str === undefined) throw new Dynamic('subquery where not visible');
    return typeormParams(mapProps(str, alias, entity), params);
  });
  const table = entity.schema !== undefined ? `${qi(entity.schema)}.${qi(entity.table)}` : qi(entity.table);
  return `(SELECT 1 FROM ${table} ${qi(alias)}${where ? ` WHERE ${where}` : ''})`;
}

/**
 * The condition `.where/.andWhere/.orWhere` calls from `links[from]` on build, in order
 * (`new Brackets((qb) => qb.where(…).orWhere(…))` groups its own calls in parentheses).
 */
function qbWhere(links: readonly Link[], from: number, read: (a: N | undefined) => string | null): string {
  let where = '';
  // `setFindOptions({ where })`: ANDed with the builder's conditions when the query is built (typeorm-find-options.ts).
  const found: N[] = [];
  for (let i = from; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    if (l.name === 'setFindOptions') {
      const w = findOptionsWhere(c.args[0]);
      if (w) found.push(w);
      continue;
    }
    if (!['where', 'andWhere', 'orWhere'].includes(l.name)) continue;
    const a = unwrap(c.args[0]);
    const s = a?.type === 'new_expression' ? brackets(a, read) : read(a);
    if (l.name === 'where') where = s === null ? '' : `(${s})`;
    else if (s === null) {
      if (l.name === 'orWhere') where = 'TRUE';
    } else where = where ? `${where} ${l.name === 'orWhere' ? 'OR' : 'AND'} (${s})` : `(${s})`;
  }
  for (const w of found) {
    const s = read(w);
    if (s !== null) where = where ? `(${where}) AND (${s})` : `(${s})`;
  }
  return where;
}

/** `new Brackets((qb) => { qb.where(…).orWhere(…); })` / `new NotBrackets(…)`: the grouped condition. */
function brackets(n: N, read: (a: N | undefined) => string | null): string | null {
  const ctor = text(field(n, 'constructor') ?? n);
  if (ctor !== 'Brackets' && ctor !== 'NotBrackets') throw new Dynamic('where argument not visible', 'unseen');
  const cb = unwrap(kids(field(n, 'arguments') ?? n)[0]);
  const p = cb ? (field(cb, 'parameter') ?? kids(field(cb, 'parameters') ?? cb)[0]) : undefined;
  const pname = p ? text(field(p, 'pattern') ?? p) : '';
  const body = cb ? field(cb, 'body') : undefined;
  if (!cb || !body || !/^[\w$]+$/.test(pname)) throw new Dynamic('brackets not visible', 'unseen');
  const stmts = body.type === 'statement_block' ? kids(body) : [body];
  const parts: string[] = [];
  for (const st of stmts) {
    const e = st.type === 'expression_statement' ? kids(st)[0] : st;
    const chain = e ? flattenChain(e) : [];
    const r0 = chain[0];
    if (r0?.kind !== 'root' || r0.name !== pname) throw new Dynamic('brackets not visible', 'unseen');
    const w = qbWhere(chain, 1, read);
    if (w) parts.push(parts.length ? ` AND ${w}` : w);
  }
  const inner = parts.join('');
  if (!inner) return null;
  return ctor === 'NotBrackets' ? `NOT (${inner})` : inner;
}

function templateText(n: N, params: Params, alias?: string): string | undefined {
  if (n.type !== 'template_string') return undefined;
  let s = '';
  for (const c of n.children) {
    if (c.type !== 'template_substitution') s += text(c);
    else if (/[.\w]$/.test(s) || /^[.\w]/.test(n.src.slice(c.end, c.end + 1))) {
      // A substitution next to a `.` names an alias or column (`${alias}.createdAt`): a string it
      // is bound to, or a parameter holding the query's alias (`applyKeyword(qb, 'lead', …)`).
      const e = kids(c)[0];
      const v = stringValue(unwrap(e));
      const isParam = (e?.type === 'identifier' && unwrap(e) === e && paramOfEnclosing(e)) || ownBuilderAlias(e, n);
      if (v !== undefined && /^[\w$]+$/.test(v) && /^\./.test(n.src.slice(c.end, c.end + 1))) s += v;
      else if (isParam && alias && /^\./.test(n.src.slice(c.end, c.end + 1)) && !/[.\w]$/.test(s)) s += alias;
      else throw new Dynamic('identifier in a template');
    } else s += params.next();
  }
  return s;
}

/** Whether an identifier names a parameter of the function it is in. */
function paramOfEnclosing(id: N): boolean {
  for (let p = id.parent; p; p = p.parent) {
    const ps = field(p, 'parameters') ?? field(p, 'parameter');
    if (!ps || !['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function'].includes(p.type)) continue;
    if (kids(ps.type === 'identifier' ? p : ps).some((q) => text(field(q, 'pattern') ?? q) === text(id))) return true;
  }
  return false;
}

/** TypeORM replaces `alias.property` in QueryBuilder strings with the property's column. */
function mapProps(s: string, alias: string, entity: ModelInfo): string {
  const re = new RegExp(`\\b${alias.replace(/[$]/g, '\\$')}\\.([A-Za-z_]\\w*)`, 'g');
  return s.replace(re, (_, p: string) => `${qi(alias)}.${qi(columnOf(entity, p))}`);
}
