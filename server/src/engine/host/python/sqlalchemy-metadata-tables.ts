/**
 * A mapped class's table looked up by name in the declarative metadata:
 * `table = Base.metadata.tables[tablename]` (Nova's archive of soft-deleted rows, any
 * `db.metadata.tables["leads"]`), the name written there or passed by the caller
 * (`_archive_rows(conn, "leads", …)`, judged per caller). The table is the one model mapping
 * that name (or `schema.name`); a name no visible model maps, or several do, stays unknown.
 */
import { field, type PyNode, resolveVariable, textOf, unparen } from './ast';
import { paramString } from './decide';
import type { ResolvedModel } from './models';
import type { SaTranslator } from './sqlalchemy';
import { decodeStringExpr } from './strings';

/** The model whose table `<…>.metadata.tables[key]` names, when the key's text is known. */
export function metadataTableModel(tr: SaTranslator, n: PyNode): ResolvedModel | undefined {
  const u = unparen(n);
  if (u?.type !== 'subscript') return undefined;
  const value = unparen(field(u, 'value'));
  if (value?.type !== 'attribute' || textOf(tr.t, field(value, 'attribute')!) !== 'tables') return undefined;
  const meta = unparen(field(value, 'object'));
  if (meta?.type !== 'attribute' || textOf(tr.t, field(meta, 'attribute')!) !== 'metadata') return undefined;
  const name = keyText(tr, field(u, 'subscript'));
  if (!name) return undefined;
  let found: ResolvedModel | undefined;
  for (const [cls, decls] of tr.index.classNames()) {
    for (const d of decls) {
      if (d.sa.tableName === undefined) continue;
      const m = tr.index.model(cls, d.file);
      if (m?.framework !== 'sqlalchemy' || (m.table !== name && `${m.schema ?? ''}.${m.table}` !== name)) continue;
      if (found && found.table !== m.table) return undefined;
      found = m;
    }
  }
  return found;
}

/** The text of a literal key, of a local bound to one, or of the parameter a caller passed one for. */
function keyText(tr: SaTranslator, k: PyNode | undefined): string | undefined {
  const u = unparen(k);
  if (!u) return undefined;
  const lit = decodeStringExpr(tr.t, u);
  if (lit) return lit.interpolated ? undefined : lit.text;
  if (u.type !== 'identifier') return undefined;
  const passed = paramString(tr.decider, u);
  if (passed !== undefined) return passed;
  const v = unparen(resolveVariable(tr.t, u, tr.scopes));
  const s = v && v !== u ? decodeStringExpr(tr.t, v) : undefined;
  return s && !s.interpolated ? s.text : undefined;
}
