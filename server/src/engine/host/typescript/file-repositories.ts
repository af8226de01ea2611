/**
 * The TypeORM repositories a file names, from the four places they come from: repositories the file
 * declares (`const leads = ds.getRepository(Lead)`, fields typed `Repository<Lead>`), imported ones,
 * repository getters it calls (`leadRepo().findOneBy(…)`), and custom repository classes. One loop
 * for the current-file scan (scan.ts, with its per-unit declarations and the file's own models) and
 * the follow pass's file contexts (follow-ctx.ts). A declared, getter-made or imported name keeps
 * the first entity found, in that order of precedence; a custom repository never replaces one.
 */
import type { N } from './ast';
import type { ModuleInfo } from './modinfo';
import type { ModelInfo } from './models';
import { importedRepositories } from './resolved';
import { repositoryGetters } from './typeorm-repo-getters';
import { customRepositories } from './typeorm-repos';
import type { TsIndex } from './workspace';

export interface RepositorySources {
  /** Name → entity of the repositories the file declares. */
  readonly declared: Iterable<readonly [string, string]>;
  /** Whether the file may import repositories / hold custom repository classes (text tests of the caller). */
  readonly imported: boolean;
  readonly custom: boolean;
  /** The entity's model (the index's registry, with the file's own models where the caller has them). */
  readonly find: (entity: string) => ModelInfo | undefined;
}

/** Name → model of the file's TypeORM repositories (see the module comment); `file` undefined: declared ones only. */
export function fileRepositories(index: TsIndex, file: string | undefined, info: ModuleInfo, text: string, root: N, src: RepositorySources): Map<string, ModelInfo> {
  const repos = new Map<string, ModelInfo>();
  const add = (entries: Iterable<readonly [string, string]>, replace: boolean): void => {
    for (const [name, entity] of entries) {
      const m = src.find(entity);
      if (m && (replace || !repos.has(name))) repos.set(name, m);
    }
  };
  add(src.declared, true);
  if (file === undefined) return repos;
  if (src.imported) add(importedRepositories(index, file, info), false);
  add(repositoryGetters(index, file, info, text), true);
  if (src.custom) add(customRepositories(index, file, info, root), false);
  return repos;
}
