/**
 * Metamorphic transformations for Drizzle, Sequelize, TypeORM and Prisma cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 */
import type { Transform } from './transform';

export const TS_CLIENTS: readonly Transform[] = [];
