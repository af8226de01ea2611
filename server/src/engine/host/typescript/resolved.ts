/**
 * A second look at Prisma, Sequelize and TypeORM calls the file scan skipped because an argument
 * is not written inline (`findMany({ where: leadWhere(f) })`, `findAll(ownedBy(id))`): they are
 * translated again with the folder index in view (objects.ts), judged where they run, with the
 * place the object was built as related information.
 */
import type { RelatedLocation } from '../../finding';
import type { QueryRun } from '../../query/model';
import { withValues, type Link, type N } from './ast';
import { repositoryEntity, sequelizeQuery, typeormQuery } from './entities';
import type { ModuleInfo } from './modinfo';
import type { FileCtx } from './follow-ctx';
import { objectionQuery } from './objection';
import { valueResolver, type ValueTrace } from './objects';
import { prismaQuery } from './prisma';
import { fileFlags, rootClient } from './queries';
import { Dynamic, moveQuery, toRun, type OrmQuery } from './sqlgen';
import type { TsIndex } from './workspace';

/** The translation the file scan applies to a chain (same order), for the ORMs whose arguments are objects. */
function translateObjects(top: N, links: readonly Link[], ctx: FileCtx, index: TsIndex): OrmQuery | undefined {
  const known = rootClient(links, ctx.clients);
  const { registry } = index;
  if (known) return known === 'prisma' ? prismaQuery(links, registry, []) : known === 'typeorm' ? typeormQuery(top, links, ctx.repos, registry, []) : undefined;
  const flags = fileFlags(ctx.text);
  const p = flags.hasPrisma ? prismaQuery(links, registry, []) : undefined;
  if (p) return p;
  const t = flags.hasTypeorm ? typeormQuery(top, links, ctx.repos, registry, []) : undefined;
  if (t) return t;
  // An Objection chain is not ours: stop where the scan would have stopped.
  if (objectionQuery(top, links, registry, ctx.aliases)) return undefined;
  return sequelizeQuery(links, registry, [], ctx.aliases);
}

/** Whether the chain at `top` was skipped by the scan as not visible. */
function wasSkipped(top: N, skipped: readonly { start: number; end: number }[]): boolean {
  return skipped.some((s) => s.start === top.start && s.end === top.end);
}

/** Translates a skipped chain with values resolved through the index; pushes its run. */
export function retryResolved(top: N, links: readonly Link[], ctx: FileCtx, index: TsIndex, skipped: readonly { start: number; end: number }[], out: QueryRun[]): void {
  if (!wasSkipped(top, skipped)) return;
  const trace: ValueTrace = { returns: [], crossed: false };
  let q: OrmQuery | undefined;
  try {
    q = withValues(valueResolver(ctx, trace), () => translateObjects(top, links, ctx, index));
  } catch (e) {
    if (e instanceof Dynamic) return;
    throw e;
  }
  if (!q) return;
  const related: RelatedLocation[] = [];
  for (const r of trace.returns.slice(0, 3)) {
    const span = { start: r.node.start, end: r.node.end };
    related.push(
      r.file === ctx.file
        ? { kind: 'here', ...span, message: 'built here' }
        : { kind: 'file', fileName: r.file, start: index.position(r.file, span.start), end: index.position(r.file, span.end), message: 'built here' },
    );
  }
  // Quick-fix offsets point into the object literal, which may be in another file.
  // Ranges of parts written in another file (a relation filter's key) are not offsets of this document: they go to the chain's table.
  if (trace.crossed) {
    const main = q.model.from.at;
    q = moveQuery(q, (r) => (r.start >= top.start && r.end <= top.end ? r : main));
  }
  const run = toRun(q, trace.crossed || trace.returns.length ? { framework: q.model.framework } : q.fix);
  out.push({ ...run, ...(related.length ? { related } : {}) });
}

/** Imported names that hold a TypeORM repository (`export const leadRepository = AppDataSource.getRepository(Lead)`) → entity. */
export function importedRepositories(index: TsIndex, file: string, info: ModuleInfo): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, imp] of info.imports) {
    const r = index.resolveName(file, name, info);
    const e = r?.kind === 'value' ? repositoryEntity(r.node) : undefined;
    if (e) out.set(name, e);
    // `import * as repositories from './repositories'`: its repositories are read as `repositories.leadRepository`, one root (registry-paths.ts).
    const target = imp.imported === '*' && imp.spec.startsWith('.') ? index.resolve(file, imp.spec) : undefined;
    for (const exported of (target ? index.info(target)?.exports.keys() : undefined) ?? []) {
      const ex = index.resolveExport(target!, exported);
      const rx = ex ? index.resolveName(ex.file, ex.local) : undefined;
      const ee = rx?.kind === 'value' ? repositoryEntity(rx.node) : undefined;
      if (ee) out.set(`${name}.${exported}`, ee);
    }
  }
  return out;
}
