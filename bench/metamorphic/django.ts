/**
 * Metamorphic transformations for Django cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 */
import type { Transform } from './transform';

export const DJANGO: readonly Transform[] = [];
