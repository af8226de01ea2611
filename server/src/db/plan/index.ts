/**
 * Partition maintenance plans: pure functions from catalog facts to the SQL a write command
 * will run. The pieces live next to this file; this module is the one import for callers.
 */
export * from './types';
export * from './target';
export * from './create';
export * from './detach';
export * from './archive';
export * from './sizes';
