/**
 * Metamorphic transformations for knex, Objection and Kysely cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 */
import type { Transform } from './transform';

export const TS_BUILDERS: readonly Transform[] = [];
