/**
 * Repository types spelled through a type alias (Misskey's `export type LeadsRepository =
 * Repository<MiLead>` in `models/_.ts`, used as `@Inject(DI.leadsRepository) private leadsRepository:
 * LeadsRepository`): the alias names a repository of the entity, wherever the value comes from.
 */
import type { ModuleInfo } from './modinfo';
import type { TsIndex } from './workspace';

const REPOSITORY_TYPE = /^(?:Repository|TreeRepository|MongoRepository)\s*<\s*(?:[\w$]+\s*\.\s*)*([\w$]+)\s*>\s*$/;
const MAX_DEPTH = 3;

/** The entity of `type <name> = Repository<E>` declared in `file` or in the module `name` is imported from. */
export function repositoryAliasEntity(index: TsIndex, file: string, name: string, info: ModuleInfo | undefined, depth = 0): string | undefined {
  if (depth > MAX_DEPTH || !/^[\w$]+$/.test(name)) return undefined;
  const imp = (info ?? index.info(file))?.imports.get(name);
  const target = imp ? index.resolve(file, imp.spec) : file;
  const local = imp ? imp.imported : name;
  const src = target && /^[\w$]+$/.test(local) ? index.textOf(target) : undefined;
  if (!src || !target) return undefined;
  const def = new RegExp(`^\\s*(?:export\\s+)?type\\s+${local.replace(/\$/g, '\\$')}\\s*=\\s*([^;\\n]+)`, 'm').exec(src)?.[1]?.trim();
  if (!def) return undefined;
  const e = REPOSITORY_TYPE.exec(def)?.[1];
  if (e) return e;
  // An alias of an alias (`type LeadRepo = LeadsRepository`).
  return /^[\w$]+$/.test(def) ? repositoryAliasEntity(index, target, def, undefined, depth + 1) : undefined;
}
