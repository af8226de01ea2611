/**
 * Methods that query-class extensions add to the legacy `Query` and that send a statement with
 * the query's criteria. oslo.db's `Query.soft_delete(synchronize_session=…)` (OpenStack's
 * enginefacade sets that class on every session) is `self.update({deleted: id, deleted_at: now, …})`:
 * an UPDATE under the query's WHERE. A plain SQLAlchemy `Query` has no such method, so a call on
 * a translated legacy query names the extension's; a model's own `query_class` defining the same
 * name is the app's (`overriddenByQueryClass`).
 */
export const EXTENSION_TERMINALS: ReadonlyMap<string, 'update' | 'delete'> = new Map([['soft_delete', 'update']]);
