/**
 * The stack of name resolvers of the cross-function pass under way (follow.ts pushes one per
 * document). Its own module, importing types only, so that any translator module — sqlgen.ts,
 * values.ts — can read it without an import cycle through inline.ts.
 */
import type { N } from './ast';
import type { ClassInfo } from './modinfo';

/** Finds top-level functions and values of the file a node belongs to (or of the modules it imports). */
export interface Resolver {
  lookup(name: string, at: N): { readonly kind: 'function' | 'value'; readonly node: N } | undefined;
  /** The function `ns.prop` names at `at`, `ns` a module imported whole (`import * as ns`, CommonJS `const ns = require('./m')`). */
  member?(ns: string, prop: string, at: N): { readonly kind: 'function'; readonly node: N } | undefined;
  /** A class named at `at` (in its file), through imports. */
  cls(name: string, at: N): ClassInfo | undefined;
  /** The class declaring the model the registry calls `name`, read in the model's own file (the code may name it otherwise). */
  modelClass?(framework: 'objection', name: string): ClassInfo | undefined;
  /** The file a node of the pass belongs to (for related locations). */
  file?(at: N): string | undefined;
  /** The expression that made the client a name stands for at `at` (`new Kysely({ plugins })` in db.ts), when visible. */
  clientInit?(name: string, at: N): N | undefined;
  /** How the workspace's knex clients name identifiers (knex-naming.ts). */
  knexNaming?(): 'plain' | 'snake' | 'unknown';
  /** How the workspace's Kysely clients name tables and columns (kysely-workspace-casing.ts). */
  kyselyNaming?(): 'plain' | 'snake' | 'unknown';
}

export const resolvers: Resolver[] = [];
