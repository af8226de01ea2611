/**
 * Metamorphic transformations for ActiveRecord cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 */
import type { Transform } from './transform';

export const RUBY: readonly Transform[] = [];
