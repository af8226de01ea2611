/**
 * Conditional refinements: `qs = Lead.objects.all()`, `if since: qs = qs.filter(...)`, `list(qs)`.
 * A query is translated once per combination of the `if`s it went through (taken or not); each
 * combination is one alternative of the run, and a run is reported when any alternative runs
 * without a usable key (engine/query). Only this shape is followed: an assignment that reaches
 * the use in the same or an enclosing block, then `if` statements without `elif`/`else` between it
 * and the use, each reassigning the name in its body. Anything else stays unresolved.
 */
import { type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf } from './ast';
import { everyReturn } from './summaries';

/**
 * Which way each choice goes on the path being translated (an `if` taken or not; which visible
 * caller's arguments a helper runs with), and which choices a translation consulted (with how
 * many ways each has).
 */
class Branches {
  readonly consulted = new Map<PyNode, number>();
  constructor(readonly taken: ReadonlyMap<PyNode, number>) {}
  /** Whether an `if` is taken on this path: decided by the caller's arguments, else recorded as consulted. */
  ifTaken(ifNode: PyNode, decide?: Decide): boolean {
    const decided = decide?.(ifNode);
    if (decided !== undefined) return decided;
    return this.choose(ifNode, 2) === 1;
  }
  choose(node: PyNode, ways: number): number {
    if (!this.consulted.has(node)) this.consulted.set(node, ways);
    return this.taken.get(node) ?? 0;
  }
}

/**
 * What the caller's arguments decide about an `if` of the function being translated (`if since:`
 * with `since=None` passed or defaulted): taken or not, or undefined when not known.
 */
export type Decide = (ifNode: PyNode) => boolean | undefined;

/** Translations run synchronously: the path being translated is module state while one runs. */
let current: Branches | undefined;

const MAX_IFS = 4;
const MAX_PATHS = 256;

function contains(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * The value a variable has at `use` on the path being translated: the body assignment of the
 * last taken `if`, else the assignment before the `if`s. Undefined outside a translation by
 * `alternativesOf` or when the assignments that reach `use` are not of the shape above.
 */
export function branchValue(t: PyTree, use: PyNode, scopes: ScopeIndex, decide?: Decide): PyNode | undefined {
  const br = current;
  if (!br) return undefined;
  const assigns = scopes.assignments(scopeOf(use)).get(textOf(t, use));
  if (!assigns) return undefined;
  const conds: { ifNode: PyNode; value: PyNode }[] = [];
  for (let i = assigns.length - 1; i >= 0; i--) {
    const b = assigns[i]!;
    if (b.pos > use.start) continue;
    // An earlier assignment anywhere in the body of a later `if` (nested `if`s too) does not reach
    // the use past that body's own assignment: the use of the name there resolves it.
    if (conds.some((c) => contains(c.ifNode, b.stmt))) continue;
    const block = b.stmt.parent;
    if (!b.value && b.stmt.type === 'parameters' && conds.length) {
      // `if kind: qs = qs.filter(kind=kind)` on a parameter: untaken, the parameter itself.
      const taken = conds.filter((c) => br.ifTaken(c.ifNode, decide));
      return taken[0]?.value ?? paramNode(t, b.stmt, textOf(t, use));
    }
    if (!b.value || !block) return undefined;
    if (contains(block, use)) {
      if (conds.length === 0) return undefined;
      // `conds` runs from the last `if` to the first: the last taken one wins.
      const taken = conds.filter((c) => br.ifTaken(c.ifNode, decide));
      return taken[0]?.value ?? b.value;
    }
    const ifNode = block.parent;
    if (ifNode?.type !== 'if_statement' || block.field !== 'consequence' || ifNode.children.some((c) => c.field === 'alternative')) return undefined;
    if (!ifNode.parent || !contains(ifNode.parent, use) || ifNode.end > use.start) return undefined;
    conds.push({ ifNode, value: b.value });
    if (conds.length > MAX_IFS) return undefined;
  }
  return undefined;
}

/** The identifier naming a parameter in a parameter list. */
function paramNode(t: PyTree, params: PyNode, name: string): PyNode | undefined {
  let found: PyNode | undefined;
  const visit = (n: PyNode): void => {
    for (const c of n.children) {
      if (found) return;
      if (c.type === 'identifier' && c.field !== 'type' && textOf(t, c) === name) found = c;
      else if (c.field !== 'type' && c.field !== 'value') visit(c);
    }
  };
  visit(params);
  return found;
}

/**
 * Translations of one query, one per combination of the conditional refinements it went
 * through. Empty when some path cannot be translated (precision first: that path might add the
 * key), a single element when there are no such `if`s.
 */
export function alternativesOf<T>(translate: () => T | undefined): T[] {
  const outer = current;
  try {
    const first = new Branches(new Map());
    current = first;
    const r0 = translate();
    if (r0 === undefined) return [];
    const choices = [...first.consulted];
    const total = choices.reduce((n, [, ways]) => n * ways, 1);
    // Too many paths to translate each: unknown (precision first).
    if (total > MAX_PATHS) return [];
    const out = [r0];
    for (let k = 1; k < total; k++) {
      // Path k in mixed radix: one digit per choice.
      const taken = new Map<PyNode, number>();
      let rest = k;
      for (const [node, ways] of choices) {
        taken.set(node, rest % ways);
        rest = Math.floor(rest / ways);
      }
      current = new Branches(taken);
      const r = translate();
      if (r === undefined) return [];
      out.push(r);
    }
    return out;
  } finally {
    current = outer;
  }
}

/**
 * Whether `ifNode` is taken on the path being translated (recorded as consulted, so each
 * combination is translated); undefined outside a translation by `alternativesOf`.
 */
export function ifTaken(ifNode: PyNode, decide?: Decide): boolean | undefined {
  return current?.ifTaken(ifNode, decide);
}

/**
 * Which of `ways` possibilities `node` takes on the path being translated (0 first; recorded as
 * consulted, so each is translated); undefined outside a translation by `alternativesOf`.
 */
export function choice(node: PyNode, ways: number): number | undefined {
  return current?.choose(node, ways);
}

/**
 * The expression a function returns on the path being translated: its one `return`, or one of
 * several (each is a path, `everyReturn`); undefined when not known.
 */
export function chosenReturn(fn: { readonly node: PyNode; readonly returns: PyNode | undefined }): PyNode | undefined {
  if (fn.returns) return fn.returns;
  const rs = everyReturn(fn.node);
  const k = rs ? choice(fn.node, rs.length) : undefined;
  return k === undefined ? undefined : rs![k];
}
