/**
 * What a name a module imports stands for where it is defined: `from app.models import Lead as LeadRow`
 * binds `LeadRow` to the class `Lead` of `app/models.py`, also through a package `__init__` that imports
 * it in turn. The model index looks names up by the name their class or `Table` is declared with, so a
 * renamed import is read back to that name before the lookup.
 */
import type { ImportRef } from './summaries';
import type { PythonIndex } from './workspace';

export function importedName(py: PythonIndex, file: string, name: string): { readonly name: string; readonly file: string } | undefined {
  let ref: ImportRef | undefined = py.module(file)?.imports.get(name);
  let at = file;
  for (let depth = 0; ref?.name !== undefined && depth < 8; depth++) {
    const target = py.resolveModule(at, ref);
    const mod = target ? py.module(target) : undefined;
    // A module the index does not hold (nothing in it reaches the database) still names what it exports.
    if (!target || !mod) return { name: ref.name, file: at };
    at = target;
    // A name the module defines (a class, a `Table` variable) ends the chain; one it imports continues it.
    const next: ImportRef | undefined = mod.classes.has(ref.name) || mod.functions.has(ref.name) ? undefined : mod.imports.get(ref.name);
    if (next?.name === undefined) return { name: ref.name, file: target };
    ref = next;
  }
  return undefined;
}

/**
 * Whether `name` in `file` is SQLAlchemy's namespace or Flask-SQLAlchemy's `db` whatever it is
 * called there: `sa`/`sqlalchemy`/`db`, `import sqlalchemy as S`, `from app.extensions import db as database`.
 */
export function isSqlalchemyNamespace(py: PythonIndex, file: string | undefined, name: string): boolean {
  if (name === 'sa' || name === 'sqlalchemy' || name === 'db') return true;
  const ref = file ? py.module(file)?.imports.get(name) : undefined;
  if (!ref) return false;
  if (ref.name === undefined || ref.name === 'sqlalchemy') return ref.level === 0 && /^sqlalchemy(\.|$)/.test(ref.module) && (ref.name !== undefined || ref.module === 'sqlalchemy');
  return importedName(py, file!, name)?.name === 'db';
}
