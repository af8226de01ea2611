/**
 * A view whose handler comes from a visible base class of the application (a template method:
 * `IndexView.get_context_data` paginating `self.get_queryset()`, `SingleObjectListView.get`
 * listing `self.get_source_queryset()`), configured by the subclass declared here (`model = Lead`,
 * an overridden hook). Django runs the inherited handler with the subclass as `self`, so each
 * evaluation in it is judged with this class, and reported where this class supplies the query.
 * Only queries that use something this class holds are judged here (the rest belong to the base),
 * and only for views Django's and DRF's own generic views do not already cover (`viewQuery`).
 */
import { field, type PyNode, scopeOf, walk } from './ast';
import { alternativesOf } from './branches';
import type { DjangoTranslator, Env } from './django';
import { OTHER_VIEWS, QUERYSET_VIEWS } from './django';
import { evaluationAt, handedOver } from './django-sites';
import { handOverSite } from './django-paginator';
import { mergeAlternatives, type PyRun, Unknown } from './synth';
import { classInfoOf, type ClassInfo, type FnInfo } from './summaries';

/** Methods Django's `View.dispatch` (or DRF's) runs for a request. */
const HANDLERS = ['get', 'post', 'put', 'patch', 'delete', 'get_context_data'];

/** The queryset expressions a method evaluates (terminal calls, loops, `list()`, `Paginator`, template contexts), with their terminals. */
function evaluations(m: FnInfo): { node: PyNode; target: PyNode; terminal: { name: string; call: PyNode } | undefined }[] {
  const t = m.unit.tree;
  const out: { node: PyNode; target: PyNode; terminal: { name: string; call: PyNode } | undefined }[] = [];
  walk(m.node, (n) => {
    if (n === m.node || scopeOf(n) !== m.node) return;
    const e = evaluationAt(t, n);
    if (e) out.push({ node: n, ...e });
    else if (n.type === 'call') for (const v of handedOver(t, n)) out.push({ node: handOverSite(t, n), target: v, terminal: undefined });
  });
  return out;
}

/** Runs of the handlers this view inherits from visible application bases, judged with this view as `self`. */
export function inheritedHandlerRuns(tr: DjangoTranslator, clsNode: PyNode): PyRun[] {
  if (!tr.file || tr.t !== tr.ctx.checked) return [];
  const cls: ClassInfo = classInfoOf({ file: tr.file, tree: tr.t, base: 0 }, clsNode);
  if (/^(Base|Abstract)|Mixin$/.test(cls.name)) return [];
  const py = tr.ctx.py;
  const names = py.ancestry(cls);
  if (!names.has('View') && !names.has('TemplateView') || [...names].some((b) => QUERYSET_VIEWS.has(b) || OTHER_VIEWS.test(b) && b !== 'TemplateView')) return [];
  const out: PyRun[] = [];
  const name = field(clsNode, 'name')!;
  for (const h of HANDLERS) {
    const m = py.method(cls, h);
    // The class's own handler is judged as written; a handler of Django's own bases is not visible.
    if (!m?.owner || m.owner.name === cls.name && m.unit.file === cls.unit.file) continue;
    for (const e of evaluations(m)) {
      const held = { v: false };
      const env: Env = { fn: m.node, args: new Map(), selfName: m.params[0] ?? 'self', selfClass: cls, used: { v: false } };
      const sub = tr.sub(m, env, held);
      const runs = alternativesOf(() => {
        held.v = false;
        tr.reset();
        const q = sub.tryQuery(e.target);
        if (!q) return undefined;
        if (q.none) return [];
        // Built from the base's own attributes only: judged in the base's file.
        if (!held.v && q.tree !== tr.t) return undefined;
        try {
          return sub.synthesizeAll(q, e.terminal, clsNode.start, [{ tree: m.unit.tree, node: e.node, message: `evaluated here by ${m.owner!.name}.${h}()` }], name);
        } catch (x) {
          if (!(x instanceof Unknown)) throw x;
          return undefined;
        }
      });
      const sent = runs.filter((r) => r.length > 0);
      if (sent.length) out.push(mergeAlternatives(sent));
    }
  }
  return out;
}
