/**
 * The casing of a Kysely client the query cannot name: an injected one (`@InjectKysely() db`,
 * a NestJS provider), a `db or trx` helper's result, a transaction parameter. The clients are
 * made once (`new Kysely({ plugins })`, `KyselyModule.forRoot(Async)({ … })`): when every client
 * the workspace makes has `new CamelCasePlugin()`, or none has a plugin, that is the casing of
 * all of them; anything else is not judged.
 */
import type { TsIndex } from './workspace';

export type KyselyNaming = 'plain' | 'snake' | 'unknown';

const cache = new WeakMap<TsIndex, { gen: number; mode: KyselyNaming }>();
const CLIENT = /\bnew\s+Kysely\b|\bKyselyModule\s*\.\s*forRoot(?:Async)?\s*\(/g;

/** How every Kysely client the workspace makes names tables and columns. */
export function workspaceKyselyNaming(index: TsIndex): KyselyNaming {
  const c = cache.get(index);
  if (c?.gen === index.generation) return c.mode;
  let snake = 0;
  let plain = 0;
  let other = 0;
  for (const f of index.fileNames()) {
    const t = index.textOf(f);
    if (!t || !/Kysely/.test(t)) continue;
    const clients = [...t.matchAll(CLIENT)].length;
    if (!clients) continue;
    const camel = [...t.matchAll(/\bnew\s+CamelCasePlugin\s*\(\s*\)/g)].length;
    // Options (`upperCase`, …) or other plugins may rename differently.
    if (/\bnew\s+CamelCasePlugin\s*\(\s*[^)\s]/.test(t)) other++;
    else if (camel === clients) snake++;
    else if (camel === 0 && !/\bplugins\s*:/.test(t)) plain++;
    else other++;
  }
  const mode: KyselyNaming = other || (snake && plain) ? 'unknown' : snake ? 'snake' : plain ? 'plain' : 'unknown';
  cache.set(index, { gen: index.generation, mode });
  return mode;
}
