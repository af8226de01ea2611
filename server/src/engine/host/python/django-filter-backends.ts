/**
 * DRF filter backends the code defines. DRF's `GenericAPIView.filter_queryset` runs
 * `backend().filter_queryset(request, queryset, view)` for each class of `filter_backends`.
 * A backend whose visible `filter_queryset` has a path that hands the queryset back unchanged
 * (its narrowing sits under an `if` a request may skip: a query-string parameter, the user's
 * role) adds nothing on that path, like django-filter's backend without parameters. A backend
 * that narrows on every path, or whose code (or a base's) we cannot see, may add the key: the
 * view is then left alone.
 */
import { field, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import type { ClassInfo, FnInfo } from './summaries';
import type { PythonIndex } from './workspace';

/** Queryset methods that keep every row (they never add a condition). */
const KEEPS_ROWS = new Set(['all', 'order_by', 'distinct', 'select_related', 'prefetch_related', 'annotate', 'only', 'defer', 'using']);

/** Whether a visible backend class has a path through `filter_queryset` that returns the queryset it was given. */
export function passThroughBackend(py: PythonIndex, cls: ClassInfo, depth = 0): boolean {
  const m = py.method(cls, 'filter_queryset');
  if (!m?.owner || depth > 8 || m.params.length !== 4) return false;
  const body = field(m.node, 'body');
  if (!body) return false;
  const walker = new PathWalker(py, m, depth);
  return walker.block(named(body), new Set([m.params[2]!]), () => false);
}

/**
 * A view's `filter_queryset(self, queryset)` written as DRF's own loop (`for backend in
 * self.filter_backends: queryset = backend().filter_queryset(self.request, queryset, self)`;
 * `return queryset`), as frameworks built on DRF re-declare it.
 */
export function isDrfFilterLoop(fn: FnInfo): boolean {
  const t = fn.unit.tree;
  const [self, qs] = fn.params;
  const body = field(fn.node, 'body');
  const stmts = body ? named(body) : [];
  if (!self || !qs || fn.params.length !== 2 || stmts.length !== 2) return false;
  const [loop, ret] = stmts as [PyNode, PyNode];
  if (loop.type !== 'for_statement' || ret.type !== 'return_statement' || textOf(t, named(ret)[0] ?? ret) !== qs) return false;
  const target = field(loop, 'left');
  const source = unparen(field(loop, 'right'));
  const inner = named(field(loop, 'body') ?? loop);
  if (target?.type !== 'identifier' || !source || !/^(?:list|tuple)?\(?\s*\w+\.filter_backends\s*\)?$/.test(textOf(t, source)) || inner.length !== 1) return false;
  const assign = named(inner[0]!)[0];
  if (assign?.type !== 'assignment' || textOf(t, field(assign, 'left')!) !== qs) return false;
  const b = textOf(t, target);
  const call = new RegExp(`^${b}\\(\\)\\.filter_queryset\\(\\s*${self}\\.request\\s*,\\s*${qs}\\s*,\\s*${self}\\s*\\)$`);
  return call.test(textOf(t, field(assign, 'right')!).replace(/\s+/g, ' '));
}

/** The view's own `filter_queryset` when it is not DRF's loop over `filter_backends`. */
export function customFilterQueryset(py: PythonIndex, cls: ClassInfo): FnInfo | undefined {
  const m = py.method(cls, 'filter_queryset');
  return m && !isDrfFilterLoop(m) ? m : undefined;
}

/** Paths through a backend's `filter_queryset` on which the queryset parameter is returned unchanged. */
class PathWalker {
  private readonly t: PyTree;
  constructor(
    private readonly py: PythonIndex,
    private readonly fn: FnInfo,
    private readonly depth: number,
  ) {
    this.t = fn.unit.tree;
  }

  /** Whether some path from `stmts` (then `rest`) reaches a return of the unchanged queryset. */
  block(stmts: readonly PyNode[], aliases: ReadonlySet<string>, rest: (aliases: ReadonlySet<string>) => boolean): boolean {
    const [s, ...more] = stmts;
    if (!s) return rest(aliases);
    const next = (a: ReadonlySet<string>): boolean => this.block(more, a, rest);
    if (s.type === 'return_statement') return this.returnsQueryset(named(s)[0], aliases);
    if (s.type === 'raise_statement') return false;
    if (s.type === 'if_statement') {
      const arms: PyNode[] = [];
      let hasElse = false;
      for (const c of s.children) {
        if (c.field === 'consequence') arms.push(c);
        else if (c.type === 'elif_clause' || c.type === 'else_clause') {
          const b = field(c, 'consequence') ?? field(c, 'body');
          if (!b) return false;
          arms.push(b);
          hasElse ||= c.type === 'else_clause';
        }
      }
      if (this.narrows(field(s, 'condition'), aliases)) return false;
      if (arms.some((arm) => this.block(named(arm), aliases, next))) return true;
      return !hasElse && next(aliases);
    }
    if (s.type === 'expression_statement') {
      const e = named(s)[0];
      if (e?.type === 'assignment') {
        const left = field(e, 'left');
        const right = field(e, 'right');
        if (left?.type === 'identifier' && right) {
          const name = textOf(this.t, left);
          const copy = new Set(aliases);
          // `result = super().filter_queryset(request, queryset, view)` then `return result`: an alias when the next class passes it through.
          if (this.keepsRows(right, aliases) || this.superPassesThrough(right, aliases)) copy.add(name);
          else if (this.narrows(right, aliases)) return false;
          else copy.delete(name);
          return next(copy);
        }
      }
    }
    // Any other statement (a loop filling a dict, a log call, an import): it must leave the queryset alone.
    if (this.narrows(s, aliases) || this.reassigns(s, aliases)) return false;
    return next(aliases);
  }

  /** `queryset` itself, or `super().filter_queryset(request, queryset, view)` whose next class passes it through. */
  private returnsQueryset(e: PyNode | undefined, aliases: ReadonlySet<string>): boolean {
    const v = unparen(e);
    if (!v) return false;
    return this.keepsRows(v, aliases) || this.superPassesThrough(v, aliases);
  }

  /** `super().filter_queryset(request, queryset, view)` whose next class has a path handing the queryset back. */
  private superPassesThrough(e: PyNode, aliases: ReadonlySet<string>): boolean {
    const v = unparen(e);
    if (v?.type !== 'call') return false;
    const f = field(v, 'function');
    const args = named(field(v, 'arguments') ?? v);
    if (f?.type !== 'attribute' || !/^super\(\s*(?:\w+\s*,\s*\w+\s*)?\)$/.test(textOf(this.t, field(f, 'object')!)) || textOf(this.t, field(f, 'attribute')!) !== 'filter_queryset') return false;
    if (args.length !== 3 || !this.keepsRows(args[1]!, aliases) || this.narrows(args[0], aliases) || this.narrows(args[2], aliases)) return false;
    // The next class up from the one declaring this method: every base must be visible.
    const owner = this.fn.owner!;
    for (const b of owner.bases) {
      const base = this.py.classNamed(owner.unit.file, b);
      if (!base) return false;
      if (this.py.method(base, 'filter_queryset')) return passThroughBackend(this.py, base, this.depth + 1);
    }
    return false;
  }

  /** An alias of the queryset, possibly refined only by methods that keep every row. */
  private keepsRows(n: PyNode, aliases: ReadonlySet<string>): boolean {
    const v = unparen(n);
    if (v?.type === 'identifier') return aliases.has(textOf(this.t, v));
    if (v?.type !== 'call') return false;
    const f = field(v, 'function');
    if (f?.type !== 'attribute' || !KEEPS_ROWS.has(textOf(this.t, field(f, 'attribute')!))) return false;
    return this.keepsRows(field(f, 'object')!, aliases) && !this.narrows(field(v, 'arguments'), aliases);
  }

  /** Whether a node may narrow the queryset: a method call on it that may drop rows, or the queryset handed to a call. */
  private narrows(n: PyNode | undefined, aliases: ReadonlySet<string>): boolean {
    if (!n) return false;
    if (n.type === 'call') {
      const f = field(n, 'function');
      if (f?.type === 'attribute') {
        const obj = unparen(field(f, 'object'));
        if (obj && this.rootedAt(obj, aliases) && !this.keepsRows(n, aliases)) return true;
      }
      for (const a of named(field(n, 'arguments') ?? n)) {
        const v = unparen(a.type === 'keyword_argument' ? field(a, 'value') : a);
        if (v?.type === 'identifier' && aliases.has(textOf(this.t, v))) return true;
      }
    }
    return n.children.some((c) => this.narrows(c, aliases));
  }

  /** An expression whose leftmost name is the queryset. */
  private rootedAt(n: PyNode, aliases: ReadonlySet<string>): boolean {
    let v: PyNode | undefined = n;
    while (v && (v.type === 'attribute' || v.type === 'call' || v.type === 'subscript')) v = unparen(field(v, v.type === 'call' ? 'function' : v.type === 'subscript' ? 'value' : 'object'));
    return v?.type === 'identifier' && aliases.has(textOf(this.t, v));
  }

  /** Whether a compound statement assigns to the queryset's names (a path we do not follow). */
  private reassigns(n: PyNode, aliases: ReadonlySet<string>): boolean {
    if (n.type === 'assignment' || n.type === 'augmented_assignment' || n.type === 'for_statement') {
      const left = field(n, 'left');
      if (left && this.mentions(left, aliases)) return true;
    }
    return n.children.some((c) => this.reassigns(c, aliases));
  }

  private mentions(n: PyNode, aliases: ReadonlySet<string>): boolean {
    if (n.type === 'identifier') return aliases.has(textOf(this.t, n));
    return n.children.some((c) => this.mentions(c, aliases));
  }
}
