/**
 * Metamorphic transformations for SQLAlchemy cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 */
import type { Transform } from './transform';

export const SQLALCHEMY: readonly Transform[] = [];
