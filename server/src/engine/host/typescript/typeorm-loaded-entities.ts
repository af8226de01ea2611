/**
 * TypeORM entities written back after they were loaded: `lead.save()`, `repo.save(lead)`,
 * `this.dataSource.getRepository(Lead).remove(lead)`, `queryRunner.manager.save(lead)`. TypeORM
 * reads and writes such an entity by its primary columns (`WHERE "id" = $1`), so the write prunes
 * only when those include the partition key. The entity counts as loaded only when the code shows
 * the finder that loaded it: a finder in the same function, a `merge`/`Object.assign` of a loaded
 * entity, or an own method of the class whose every return is such an entity (NestJS services'
 * `const lead = await this.findOne(id)` helper that throws when nothing is found).
 */
import { declaratorBefore, field, modelNameOf, modelPath, flattenChain, text, unwrap, type Link, type N } from './ast';
import { ownMethodOf, returnedValues } from './own-returns';
import { columnOf, type ModelInfo, type ModelRegistry } from './models';
import { Params, joinAnd, ormQuery, qi, type OrmQuery } from './sqlgen';

const TO_LOADERS = new Set(['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail']);
const TO_WRITES = new Set(['save', 'remove', 'softRemove', 'recover', 'reload']);
const MANAGER = /manager$/i;
const MAX_DEPTH = 3;

interface Ctx {
  readonly repos: ReadonlyMap<string, ModelInfo>;
  readonly registry: ModelRegistry;
  readonly local: readonly ModelInfo[];
}

/**
 * The entity a repository expression serves (`leadRepo`, `this.leads`, `ds.getRepository(Lead)`, Vendure's
 * `getRepository(ctx, Lead)`), 'manager' for an EntityManager (it takes the entity's own class), or undefined.
 */
function receiverEntity(recv: readonly Link[], ctx: Ctx): ModelInfo | 'manager' | undefined {
  const last = recv[recv.length - 1];
  const r0 = recv[0];
  if (r0?.kind !== 'root') return undefined;
  if (recv.length === 1) return ctx.repos.get(r0.name) ?? (MANAGER.test(r0.name) ? 'manager' : undefined);
  if (last?.kind === 'prop') {
    if (recv.length === 2 && r0.name === 'this' && ctx.repos.has(last.name)) return ctx.repos.get(last.name);
    return MANAGER.test(last.name) ? 'manager' : undefined;
  }
  const g = recv[recv.length - 2];
  if (last?.kind === 'call' && (g?.kind === 'prop' || (g?.kind === 'root' && recv.length === 2)) && (g.name === 'getRepository' || g.name === 'getTreeRepository')) {
    const d = modelPath(last.args[last.args.length - 1]);
    return d ? ctx.registry.find('typeorm', d[d.length - 1]!, ctx.local) : undefined;
  }
  return undefined;
}

function sameTable(a: ModelInfo | undefined, b: ModelInfo | undefined): boolean {
  return a !== undefined && b !== undefined && a.table === b.table && a.schema === b.schema;
}

/** The entity every `return` of a method hands back, or undefined. */
function returnedEntity(method: N, ctx: Ctx, depth: number): ModelInfo | undefined {
  let out: ModelInfo | undefined;
  for (const v of returnedValues(method) ?? []) {
    const e = valueEntity(v, ctx, depth);
    if (!e || (out && !sameTable(out, e))) return undefined;
    out = e;
  }
  return out;
}

/** The entity a value holds when the code shows where it was loaded. */
function valueEntity(value: N, ctx: Ctx, depth: number): ModelInfo | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const u = unwrap(value);
  if (u?.type === 'identifier') return loadedEntity(u, ctx, depth + 1);
  const l = flattenChain(value);
  const root = l[0];
  const m = l[l.length - 2];
  const call = l[l.length - 1];
  if (root?.kind !== 'root' || m?.kind !== 'prop' || call?.kind !== 'call') return undefined;
  if (TO_LOADERS.has(m.name)) {
    const recv = receiverEntity(l.slice(0, -2), ctx);
    if (recv === 'manager') {
      // `manager.findOne(Lead, { where })`: the entity class comes first.
      const d = modelPath(call.args[0]);
      return d ? ctx.registry.find('typeorm', d[d.length - 1]!, ctx.local) : undefined;
    }
    if (recv) return recv;
    // Active-record style: `await Lead.findOneBy(…)` on a BaseEntity.
    const active = l.length === 3 && !ctx.registry.find('sequelize', root.name, ctx.local) ? ctx.registry.find('typeorm', modelNameOf(root.node, root.name), ctx.local) : undefined;
    // A service's own `this.findOne(id)` helper is read below.
    if (active || root.name !== 'this') return active;
  }
  // `repo.merge(lead, dto)` and `Object.assign(lead, dto)` return the entity they are given.
  const first = unwrap(call.args[0]);
  if (first?.type === 'identifier' && ((m.name === 'merge' && receiverEntity(l.slice(0, -2), ctx) !== undefined) || (m.name === 'assign' && root.name === 'Object' && l.length === 3))) return loadedEntity(first, ctx, depth + 1);
  // `await this.findOne(id)`: an own method that returns a loaded entity.
  if (root.name === 'this' && l.length === 3) {
    const method = ownMethodOf(root.node, m.name);
    return method ? returnedEntity(method, ctx, depth + 1) : undefined;
  }
  return undefined;
}

/** The entity a local holds when it was loaded (`const lead = await repo.findOne(…)`, `await this.findOne(id)`). */
function loadedEntity(id: N, ctx: Ctx, depth = 0): ModelInfo | undefined {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    const d = p.type === 'statement_block' ? declaratorBefore(p, name, id.start) : undefined;
    if (!d) continue;
    const v = field(d, 'value');
    return v ? valueEntity(v, ctx, depth) : undefined;
  }
  return undefined;
}

/** `lead.save()` / `repo.remove(lead)` / `manager.save(lead)` on an entity the code shows loaded; undefined otherwise. */
export function entityInstanceQuery(links: readonly Link[], repos: ReadonlyMap<string, ModelInfo>, registry: ModelRegistry, local: readonly ModelInfo[]): OrmQuery | undefined {
  const r0 = links[0];
  const meth = links[links.length - 2];
  const call = links[links.length - 1];
  if (r0?.kind !== 'root' || !r0.name || meth?.kind !== 'prop' || !TO_WRITES.has(meth.name) || call?.kind !== 'call') return undefined;
  const ctx: Ctx = { repos, registry, local };
  let entity: ModelInfo | undefined;
  if (links.length === 3 && r0.name !== 'this' && !repos.has(r0.name) && !registry.find('typeorm', modelNameOf(r0.node, r0.name), local) && !MANAGER.test(r0.name)) {
    entity = loadedEntity(r0.node, ctx);
  } else {
    // `repo.save(lead)` / `manager.remove(lead)`: the repository must serve the entity's table.
    const arg = unwrap(call.args[0]);
    const held = arg?.type === 'identifier' ? loadedEntity(arg, ctx) : undefined;
    const recv = receiverEntity(links.slice(0, -2), ctx);
    entity = held && (recv === 'manager' || sameTable(recv, held)) ? (recv === 'manager' ? held : recv) : undefined;
  }
  if (!entity) return undefined;
  const params = new Params();
  const where = joinAnd((entity.primaryKey ?? ['id']).map((k) => `${qi(entity.modelName)}.${qi(columnOf(entity, k))} = ${params.next()}`));
  return ormQuery('typeorm', { table: entity.table, ...(entity.schema !== undefined ? { schema: entity.schema } : {}), alias: entity.modelName, at: { start: meth.node.start, end: meth.node.end } }, where, { framework: 'typeorm', entity: entity.modelName, mode: 'instance' });
}
