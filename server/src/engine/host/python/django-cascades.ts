/**
 * Django's deletion collector: deleting rows of a model (`user.delete()`, `qs.delete()`) first acts
 * on the rows of every model whose foreign key points at them, found by that key and never by the
 * child's partition key (unless the key is it). What `Collector.collect()` sends per `on_delete`:
 * - `CASCADE` → `DELETE FROM child WHERE fk IN (…)` (fast delete), or, for a child with dependents
 *   of its own, `SELECT … WHERE fk IN (…)` then `DELETE … WHERE pk IN (…)`, its dependents in turn;
 * - `SET_NULL`/`SET_DEFAULT`/`SET(…)` → `UPDATE child SET fk = … WHERE fk IN (…)`;
 * - `PROTECT`/`RESTRICT` → `SELECT … WHERE fk IN (…)` (an error when a row is found);
 * - `DO_NOTHING` → nothing (the database's own constraint acts).
 * An `on_delete` we cannot name (a custom handler) is left out. Checked with Django 5.2's
 * collector (the SQL it sends) and PostgreSQL's EXPLAIN of each statement.
 */
import type { ModelIndex, ResolvedModel } from './models';
import type { Shape } from '../../query/model';
import { placed, type PyRun, type Site, tableOf } from './synth';
import { field } from './ast';

/** How deep `CASCADE` is followed (user → campaigns → leads). */
const MAX_DEPTH = 3;

const SHAPES: Readonly<Record<string, Shape>> = {
  CASCADE: { k: 'delete' },
  SET_NULL: { k: 'update', set: undefined },
  SET_DEFAULT: { k: 'update', set: undefined },
  SET: { k: 'update', set: undefined },
  PROTECT: { k: 'select' },
  RESTRICT: { k: 'select' },
};

interface Dependent {
  readonly model: ResolvedModel;
  readonly column: string;
  readonly attr: string;
  readonly onDelete: string;
}

const memo = new WeakMap<ModelIndex, { version: number; byTarget: Map<string, Dependent[]> }>();

/** The concrete Django models with a foreign key to each model name, computed once per index version. */
function dependentsOf(index: ModelIndex, target: string): readonly Dependent[] {
  let m = memo.get(index);
  if (!m || m.version !== index.version) {
    const byTarget = new Map<string, Dependent[]>();
    for (const [name, decls] of index.classNames()) {
      const decl = decls[0];
      if (decls.length !== 1 || !decl || decl.meta.abstract || decl.meta.proxy) continue;
      const model = index.model(name, decl.file);
      if (model?.framework !== 'django') continue;
      for (const f of model.fields.values()) {
        if (!f.isForeignKey || !f.target || !f.onDelete) continue;
        const to = f.target === 'self' ? name : f.target;
        const list = byTarget.get(to) ?? [];
        list.push({ model, column: f.column, attr: f.attr, onDelete: f.onDelete });
        byTarget.set(to, list);
      }
    }
    memo.set(index, (m = { version: index.version, byTarget }));
  }
  return m.byTarget.get(target) ?? [];
}

/** The child model's declaration, as the related location that explains the statement. */
function declSite(index: ModelIndex, d: Dependent, parent: ResolvedModel): Site[] {
  const decl = index.classDecl(d.model.className);
  const name = decl ? field(decl.node, 'name') : undefined;
  return decl && name ? [{ tree: decl.tree, node: name, message: `${d.model.className}.${d.attr} (on_delete=${d.onDelete}) points at the deleted ${parent.className} rows` }] : [];
}

/** The statements deleting rows of `model` sends on the rows that point at them, placed where the delete is. */
function cascades(index: ModelIndex, model: ResolvedModel, base: PyRun, depth: number, seen: readonly string[]): PyRun[] {
  if (depth >= MAX_DEPTH || seen.includes(model.className)) return [];
  const at = base.run.alternatives[0]?.from.at;
  if (!at) return [];
  const out: PyRun[] = [];
  for (const d of dependentsOf(index, model.className)) {
    const shape = SHAPES[d.onDelete];
    if (!shape) continue;
    const table = tableOf(d.model);
    const query = placed({ framework: 'django', from: { table, at }, joins: [], where: [{ k: 'cmp', table, column: d.column, op: 'IN', n: 1 }], primaryKey: d.model.pk }, at);
    const run: PyRun = {
      run: { alternatives: [query], shape, state: 'executed', fix: { host: { framework: 'django', model: d.model.className } } },
      model: d.model,
      at: base.at,
      sites: [...base.sites, ...declSite(index, d, model)],
    };
    out.push(run);
    if (d.onDelete !== 'CASCADE') continue;
    const further = cascades(index, d.model, run, depth + 1, [...seen, model.className]);
    // Rows with dependents of their own are not fast-deleted: selected by the key, then deleted by primary key.
    if (dependentsOf(index, d.model.className).some((x) => SHAPES[x.onDelete])) {
      const byPk = placed({ framework: 'django', from: { table, at }, joins: [], where: [{ k: 'cmp', table, column: d.model.pk, op: 'IN', n: 1 }], primaryKey: d.model.pk }, at);
      out.push({ ...run, run: { ...run.run, alternatives: [byPk] } });
    }
    out.push(...further);
  }
  return out;
}

/** A run with the statements Django's collector sends first when it deletes rows of a model. */
export function withCascades(index: ModelIndex, r: PyRun): PyRun {
  if (r.run.shape.k !== 'delete' || r.model.framework !== 'django') return r;
  const more = cascades(index, r.model, r, 0, []);
  return more.length ? { ...r, also: [...(r.also ?? []), ...more] } : r;
}
