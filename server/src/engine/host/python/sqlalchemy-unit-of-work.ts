/**
 * SQLAlchemy's unit of work: an instance loaded in view and then changed (`lead.status = "x"`)
 * or marked for deletion (`session.delete(lead)`) is written when the session flushes
 * (`session.commit()` / `session.flush()`): `UPDATE leads SET … WHERE leads.id = %(id)s` /
 * `DELETE FROM leads WHERE leads.id = %(id)s`, by every mapped primary key column and nothing
 * else. Judged at the flush that follows in the same function; a deletion no visible flush
 * follows is judged at `session.delete(…)`. `session.refresh(obj)` selects the row by the same key.
 */
import { callArgs, field, type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { enclosingClass } from './calls';
import type { ResolvedModel } from './models';
import type { Pred, Shape } from '../../query/model';
import { instanceResolver } from './sqlalchemy-lazy';
import type { SaCtx, SaTranslator } from './sqlalchemy';
import { NOWHERE, placed, type PyRun, tableOf } from './synth';

/** A session receiver: `session`, `db.session`, `self.session`, `self._db_session`, `Session()`. */
const SESSION = /(?:^|[._])session$/i;

interface Pending {
  readonly model: ResolvedModel;
  readonly shape: Shape;
  /** Where the change was made (`session.delete(lead)`, `lead.status = …`). */
  readonly node: PyNode;
  readonly message: string;
}

function byPrimaryKey(m: ResolvedModel): Pred[] {
  const pks = [...m.fields.values()].filter((f) => f.primaryKey).map((f) => f.column);
  return (pks.length ? pks : [m.pk]).map((column) => ({ k: 'cmp', table: tableOf(m), column, op: '=', n: 1 }));
}

function run(t: PyTree, p: Pending, at: PyNode, flush: string | undefined): PyRun {
  const query = placed({ framework: 'sqlalchemy', from: { table: tableOf(p.model), at: NOWHERE }, joins: [], where: byPrimaryKey(p.model), primaryKey: p.model.pk }, at);
  const sites = [{ tree: t, node: p.node, message: flush ? `${p.message}; written by ${flush}() by the primary key` : p.message }];
  return { run: { alternatives: [query], shape: p.shape, state: 'executed', fix: { host: { framework: 'sqlalchemy', model: p.model.className } } }, model: p.model, sites, at: at.start };
}

/** The session method a call makes (`commit`, `delete`…) when its receiver looks like a session. */
function sessionCall(t: PyTree, n: PyNode): string | undefined {
  const f = n.type === 'call' ? field(n, 'function') : undefined;
  let o = f?.type === 'attribute' ? unparen(field(f, 'object')) : undefined;
  // `Session().commit()`: a `scoped_session` registry called for the thread's session.
  if (o?.type === 'call' && !callArgs(t, o).positional.length && !callArgs(t, o).keywords.size) o = unparen(field(o, 'function'));
  return o && SESSION.test(textOf(t, o)) ? textOf(t, field(f!, 'attribute')!) : undefined;
}

export function unitOfWorkRuns(t: PyTree, ctx: SaCtx, tr: SaTranslator, scopes: ScopeIndex): PyRun[] {
  const out: PyRun[] = [];
  if (!/\bsession\b/i.test(t.src)) return out;
  const instance = instanceResolver(t, ctx, tr, scopes);
  /** The mapped class an expression holds an instance of: a loaded row, or `self` in a mapped class's method. */
  const modelOf = (n: PyNode | undefined): ResolvedModel | undefined => {
    const u = unparen(n);
    if (u?.type !== 'identifier') return undefined;
    if (textOf(t, u) === 'self' && tr.file) {
      const fn = scopeOf(u);
      const deco = fn.parent?.type === 'decorated_definition' ? textOf(t, fn.parent) : '';
      const cls = fn.type === 'function_definition' && !/@(classmethod|staticmethod)\b/.test(deco) ? enclosingClass(t, tr.file, u) : undefined;
      const m = cls ? ctx.models.model(cls.name, cls.unit.file) : undefined;
      return m?.framework === 'sqlalchemy' ? m : undefined;
    }
    const i = instance(u);
    return i?.loaded.model.framework === 'sqlalchemy' ? i.loaded.model : undefined;
  };
  walk(t.root, (fn) => {
    if (fn.type !== 'function_definition') return;
    const pending: Pending[] = [];
    walk(fn, (n) => {
      if (scopeOf(n) !== fn) return;
      if (n.type === 'assignment') {
        // `lead.status = "x"` on a loaded row: a column changed, written by primary key at the flush.
        const l = unparen(field(n, 'left'));
        const m = l?.type === 'attribute' ? modelOf(field(l, 'object')) : undefined;
        if (m && m.fields.has(textOf(t, field(l!, 'attribute')!))) pending.push({ model: m, shape: { k: 'update', set: undefined }, node: l!, message: `${m.className} changed here` });
        return;
      }
      const method = sessionCall(t, n);
      if (method === 'delete' || method === 'refresh') {
        const a = callArgs(t, n);
        const m = a.positional.length === 1 && !a.keywords.size ? modelOf(a.positional[0]) : undefined;
        if (m && method === 'refresh') out.push(run(t, { model: m, shape: { k: 'select' }, node: n, message: `session.refresh() selects ${m.className} by its primary key` }, n, undefined));
        else if (m) pending.push({ model: m, shape: { k: 'delete' }, node: n, message: `${m.className} deleted here` });
      } else if ((method === 'commit' || method === 'flush') && pending.length) {
        for (const p of pending.splice(0)) out.push(run(t, p, n, method));
      }
    });
    // A deletion no visible flush follows runs at the next flush, wherever that is: judged at the call.
    for (const p of pending) if (p.shape.k === 'delete') out.push(run(t, p, p.node, undefined));
  });
  return out;
}

