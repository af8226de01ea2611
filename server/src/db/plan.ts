/**
 * Partition maintenance plans: pure functions from catalog facts to the SQL a write command
 * will run. The pieces live in ./plan/; this module is the one import for callers.
 */
export * from './plan/types';
export * from './plan/target';
export * from './plan/create';
export * from './plan/detach';
export * from './plan/archive';
