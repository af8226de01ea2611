/**
 * The casing of a Kysely client the query cannot name: an injected one (`@InjectKysely() db`,
 * a NestJS provider), a `db or trx` helper's result, a transaction parameter. The clients are
 * made once (`new Kysely({ plugins })`, `KyselyModule.forRoot(Async)({ … })`): when every client
 * the workspace makes has `new CamelCasePlugin()`, or none has a plugin, that is the casing of
 * all of them; anything else is not judged. A migration runner's client (handed to a `Migrator`
 * in a file that builds no query) only runs migrations, which name tables and columns as they are
 * in the database, so it does not take part.
 */
import { memoPerGeneration } from '../generation-memo';
import { isKyselySpec } from './kysely-casing';
import { namesOfExport, namesPattern } from './package-names';
import type { TsIndex } from './workspace';

export type KyselyNaming = 'plain' | 'snake' | 'unknown';

const cache = memoPerGeneration<TsIndex, 'naming', KyselyNaming>();
const MIGRATOR = /\bnew\s+Migrator\s*\(/;
const QUERY = /\.\s*(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|with(?:Recursive)?)\s*\(/;

/** How every Kysely client the workspace makes names tables and columns. */
export function workspaceKyselyNaming(index: TsIndex): KyselyNaming {
  return cache.get(index, index.generation, 'naming', () => readKyselyNaming(index));
}

function readKyselyNaming(index: TsIndex): KyselyNaming {
  let snake = 0;
  let plain = 0;
  let other = 0;
  for (const f of index.fileNames()) {
    const t = index.textOf(f);
    if (!t || !/Kysely/.test(t)) continue;
    // The classes as the file names them (a renamed or namespace import: `new k.Kysely`, `new Camel()`).
    const imports = /CamelCasePlugin|Kysely\b|KyselyModule/.test(t) ? [...(index.info(f)?.imports.values() ?? [])] : [];
    const kysely = namesPattern(namesOfExport(imports, isKyselySpec, 'Kysely'));
    const module = namesPattern(namesOfExport(imports, (s) => s === 'nestjs-kysely', 'KyselyModule'));
    const camelName = namesPattern(namesOfExport(imports, isKyselySpec, 'CamelCasePlugin'));
    const clients = [...t.matchAll(new RegExp(`(?<![\\w$.])new\\s+(?:${kysely})(?![\\w$])|(?<![\\w$.])(?:${module})\\s*\\.\\s*forRoot(?:Async)?\\s*\\(`, 'g'))].length;
    if (!clients) continue;
    if (MIGRATOR.test(t) && !QUERY.test(t)) continue;
    const camel = [...t.matchAll(new RegExp(`(?<![\\w$.])new\\s+(?:${camelName})\\s*\\(\\s*\\)`, 'g'))].length;
    // Options (`upperCase`, …) or other plugins may rename differently.
    if (new RegExp(`(?<![\\w$.])new\\s+(?:${camelName})\\s*\\(\\s*[^)\\s]`).test(t)) other++;
    else if (camel === clients) snake++;
    else if (camel === 0 && !/\bplugins\s*:/.test(t)) plain++;
    else other++;
  }
  return other || (snake && plain) ? 'unknown' : snake ? 'snake' : plain ? 'plain' : 'unknown';
}
