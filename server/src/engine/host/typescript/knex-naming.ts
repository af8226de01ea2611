/**
 * knex identifier mappers: a client made with `...knexSnakeCaseMappers()` (Objection) sends every
 * identifier knex quotes in snake_case, so `where('createdAt', …)` on model table `agentOutputs`
 * reads `agent_outputs.created_at`. The setting lives in the knex config, usually far from the
 * query, so the whole workspace is asked once per index generation. A custom `wrapIdentifier` or
 * mapper options may rename anything: camelCase names are then not judged (precision first). Both
 * Objection models and plain knex builders (`builders.ts`) send their names through here.
 */
import { memoPerGeneration } from '../generation-memo';
import { NeedsIndex, resolvers } from './inline';
import { kyselySnakeCase } from './kysely-casing';
import { namesOfExport, namesPattern } from './package-names';
import { Dynamic, rawPred } from './sqlgen';
import type { TsIndex } from './workspace';
import type { Join } from '../../query/model';

export type KnexNaming = 'plain' | 'snake' | 'unknown';

const cache = memoPerGeneration<TsIndex, 'naming', KnexNaming>();

/** How the workspace's knex clients name identifiers. */
export function workspaceKnexNaming(index: TsIndex): KnexNaming {
  return cache.get(index, index.generation, 'naming', () => readKnexNaming(index));
}

function readKnexNaming(index: TsIndex): KnexNaming {
  let snake = false;
  let other = false;
  for (const f of index.fileNames()) {
    const t = index.textOf(f);
    if (!t || !/SnakeCaseMappers|wrapIdentifier|IdentifierMapping/.test(t)) continue;
    // The mappers may be imported under another name (`{ knexSnakeCaseMappers: snakeCase }`).
    const snakeNames = namesPattern(namesOfExport(index.info(f)?.imports.values() ?? [], (s) => s === 'objection', 'knexSnakeCaseMappers'));
    if (new RegExp(`(?<![\\w$])(?:${snakeNames})\\s*\\(\\s*\\)`).test(t)) snake = true;
    if (/\bwrapIdentifier\b|\bknexIdentifierMapping\b/.test(t) || new RegExp(`(?<![\\w$])(?:${snakeNames})\\s*\\(\\s*[^)\\s]`).test(t)) other = true;
  }
  return other ? 'unknown' : snake ? 'snake' : 'plain';
}

/** The naming of the pass under way; a query with camelCase names waits for the index. */
function naming(): KnexNaming {
  const r = resolvers[resolvers.length - 1];
  if (!r) throw new NeedsIndex('knex identifier mapping');
  return r.knexNaming?.() ?? 'unknown';
}

/** Objection's snake_case mapper (default options) matches Kysely's: `agentOutputs` → `agent_outputs`. */
function mapped(name: string): string {
  if (!/[A-Z]/.test(name)) return name;
  const mode = naming();
  if (mode === 'plain') return name;
  if (mode === 'unknown') throw new Dynamic('camelCase name; knex identifier mapping not visible');
  return kyselySnakeCase(name);
}

/** A table name as the client sends it. */
export function knexTable(name: string): string {
  return mapped(name);
}

/** SQL the translator rendered with quoted identifiers (`"createdAt"`), as the client sends it. */
export function knexSql(sql: string): string;
export function knexSql(sql: string | null): string | null;
export function knexSql(sql: string | null): string | null {
  if (sql === null || !/"[^"]*[A-Z][^"]*"/.test(sql)) return sql;
  return sql.replace(/"([^"]*[A-Z][^"]*)"/g, (_m, n: string) => `"${mapped(n)}"`);
}

/** Joins as the client sends them: the joined table, its alias and its ON text renamed like the rest. */
export function knexJoins(joins: readonly Join[]): Join[] {
  return joins.map((j) =>
    j.k !== 'table'
      ? j
      : {
          ...j,
          table: { ...j.table, name: knexTable(j.table.name) },
          ...(j.alias !== undefined ? { alias: knexTable(j.alias) } : {}),
          on: j.on.map((p) => (p.k === 'raw' ? rawPred(knexSql(p.sql.toString()), j.at) : p)),
        },
  );
}
