/**
 * `SET search_path` inside a checked SQL file: unqualified names in the statements after it
 * resolve through that path, as they do when the file runs (psql scripts, migrations).
 */
import type { CatalogView, PartitionedTable } from '../catalog/model';
import type { AstNode } from '../sql/parse';

/** The path a statement sets (`null`: back to the catalog's own), or undefined when it sets none. */
export function searchPathSet(ast: AstNode): readonly string[] | null | undefined {
  const n = ast?.VariableSetStmt;
  if (!n || n.name !== 'search_path' || n.is_local === true) return undefined;
  if (n.kind === 'VAR_SET_DEFAULT' || n.kind === 'VAR_RESET') return null;
  if (n.kind !== 'VAR_SET_VALUE') return undefined;
  const out: string[] = [];
  for (const a of (n.args ?? []) as AstNode[]) {
    const s = a?.A_Const?.sval?.sval;
    if (typeof s === 'string') out.push(s);
  }
  return out;
}

/** Statements that may set the search_path (a cheap test before parsing). */
export const SEARCH_PATH_TEXT = /search_path/i;

const views = new WeakMap<CatalogView, Map<string, CatalogView>>();

/** `catalog` with unqualified names resolved through `path` (one view per catalog and path). */
export function withSearchPath(catalog: CatalogView, path: readonly string[] | null): CatalogView {
  if (path === null) return catalog;
  const key = path.join('\u0000');
  let byPath = views.get(catalog);
  if (!byPath) views.set(catalog, (byPath = new Map()));
  let view = byPath.get(key);
  if (!view) {
    const schemas = path.filter((s) => s !== '$user' && s !== 'pg_catalog' && s !== 'pg_temp');
    view = {
      lookup(schema: string | undefined, name: string): PartitionedTable | undefined {
        if (schema !== undefined) return catalog.lookup(schema, name);
        for (const s of schemas) {
          const t = catalog.lookup(s, name);
          if (t) return t;
        }
        return undefined;
      },
      tables: () => catalog.tables(),
      ...(catalog.serverVersionNum !== undefined ? { serverVersionNum: catalog.serverVersionNum } : {}),
    };
    byPath.set(key, view);
  }
  return view;
}
