/**
 * Conditional refinements: `qs = Lead.objects.all()`, `if since: qs = qs.filter(...)`, `list(qs)`.
 * A query is translated once per combination of the `if`s it went through (taken or not); each
 * combination is one alternative of the run, and a run is reported when any alternative runs
 * without a usable key (engine/query). Only this shape is followed: an assignment that reaches
 * the use in the same or an enclosing block, then `if`/`elif`/`else` statements between it and
 * the use whose arms may reassign the name (an arm that returns is not a path to the use).
 * Anything else stays unresolved.
 */
import { closureUse, type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf } from './ast';
import { localDecide } from './local-facts';
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

const MAX_IFS = 8;
const MAX_PATHS = 256;

function contains(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

/** The blocks of an `if` statement (its body, each `elif`, the `else`), in order, and whether it has an `else`. */
function armsOf(ifNode: PyNode): { blocks: PyNode[]; hasElse: boolean } {
  const blocks: PyNode[] = [];
  let hasElse = false;
  for (const c of ifNode.children) {
    if (c.field === 'consequence') blocks.push(c);
    else if (c.type === 'elif_clause' || c.type === 'else_clause') {
      const b = c.children.find((x) => x.field === 'consequence' || x.field === 'body' || x.type === 'block');
      if (!b) return { blocks: [], hasElse: false };
      blocks.push(b);
      if (c.type === 'else_clause') hasElse = true;
    }
  }
  return { blocks, hasElse };
}

/** A block that never falls through to what follows its `if` (ends in `return`/`raise`/`continue`/`break`). */
function leaves(block: PyNode): boolean {
  const last = block.children.filter((c) => c.named && c.type !== 'comment').pop();
  return !!last && ['return_statement', 'raise_statement', 'continue_statement', 'break_statement'].includes(last.type);
}

/**
 * Which arm of an `if` runs on the path being translated (its index in `armsOf`, -1 for none):
 * the first condition decided by the caller's arguments when known, else one choice per arm that
 * falls through to the code after the `if` (an arm that returns never reaches the use).
 */
function chosenArm(br: Branches, ifNode: PyNode, decide?: Decide): number {
  // A loop (`loops` of `branchValue`): not entered, or entered once.
  if (ifNode.type === 'for_statement') return br.choose(ifNode, 2) === 1 ? 0 : -1;
  const { blocks, hasElse } = armsOf(ifNode);
  if (blocks.length === 1 && !hasElse) return leaves(blocks[0]!) ? -1 : br.ifTaken(ifNode, decide) ? 0 : -1;
  let live = blocks.map((b, i) => (leaves(b) ? -1 : i)).filter((i) => i >= 0);
  if (!hasElse) live.push(-1);
  const decided = decide?.(ifNode);
  if (decided === true) return live.includes(0) ? 0 : -1;
  if (decided === false) live = live.filter((i) => i !== 0);
  if (live.length <= 1) return live[0] ?? -1;
  return live[br.choose(ifNode, live.length)]!;
}

/**
 * The `if` arms a statement sits in, up to the block that also holds `use` (`with` blocks are
 * transparent); undefined when something else (a loop, a `try`) stands between them.
 */
function guards(stmt: PyNode, use: PyNode, loops = false): { ifNode: PyNode; arm: number }[] | 'elsewhere' | undefined {
  const out: { ifNode: PyNode; arm: number }[] = [];
  for (let n: PyNode | null = stmt; n; n = n.parent) {
    if (contains(n, use)) return out;
    if (n.type !== 'block') continue;
    const owner = n.parent;
    if (loops && owner && isRefiningLoop(owner, n)) {
      out.push({ ifNode: owner, arm: 0 });
      continue;
    }
    const ifNode = owner?.type === 'elif_clause' || owner?.type === 'else_clause' ? owner.parent : owner;
    if (owner?.type === 'with_statement') continue;
    if (ifNode?.type !== 'if_statement') return undefined;
    // In another arm of an `if` that holds the use: never reaches it.
    if (contains(ifNode, use)) return 'elsewhere';
    const arm = armsOf(ifNode).blocks.indexOf(n);
    if (arm < 0) return undefined;
    out.push({ ifNode, arm });
  }
  return undefined;
}

/**
 * The value a variable has at `use` on the path being translated: the last assignment before it
 * whose `if`/`elif`/`else` arms all run on this path (each `if` between is a choice), else the
 * parameter itself (or `unassigned` when no assignment reaches it). Undefined outside a translation by `alternativesOf` or when an assignment
 * that may reach `use` is not a plain one in such arms (a loop, a `try`, an unpacking).
 */
export function branchValue(t: PyTree, use: PyNode, scopes: ScopeIndex, byCaller?: Decide, loops = false, unassigned?: PyNode, name = textOf(t, use)): PyNode | undefined {
  const br = current;
  if (!br) return undefined;
  // The caller's arguments first, then what the function's own code settles.
  const own = localDecide(t, scopes);
  const decide: Decide = (ifNode) => byCaller?.(ifNode) ?? own(ifNode);
  const assigns = scopes.assignments(scopeOf(use)).get(name);
  if (!assigns) {
    // A closure's free variable: its value where the closure is defined in the enclosing function.
    const at = closureUse(scopes, scopeOf(use), name);
    return at ? branchValue(t, at, scopes, byCaller, loops, unassigned, name) : undefined;
  }
  const ifs = new Set<PyNode>();
  let first = true;
  for (let i = assigns.length - 1; i >= 0; i--) {
    const b = assigns[i]!;
    if (b.pos > use.start) continue;
    if (!b.value && b.stmt.type === 'parameters') {
      // `if kind: qs = qs.filter(kind=kind)` on a parameter: untaken, the parameter itself.
      return first ? undefined : paramNode(t, b.stmt, name);
    }
    if (!b.value) return undefined;
    const g = guards(b.stmt, use, loops);
    if (!g) return undefined;
    if (g === 'elsewhere') {
      first = false;
      continue;
    }
    // An `if` the arguments or the code decide is no choice: only the undecided ones are counted.
    for (const x of g) if (decide(x.ifNode) === undefined) ifs.add(x.ifNode);
    if (ifs.size > MAX_IFS) return undefined;
    if (g.every((x) => chosenArm(br, x.ifNode, decide) === x.arm)) return first && g.length === 0 ? undefined : b.value;
    first = false;
  }
  // No assignment reaches the use on this path: what the name held before (`unassigned`), when the caller knows it.
  return unassigned;
}

/**
 * The body of a `for` over something not written out (`for q in request.GET.getlist(…)`): it may
 * run zero times, so the value before the loop reaches the use on one path and the body's
 * assignment (one iteration) on another. A literal iterable always runs: not followed.
 */
function isRefiningLoop(owner: PyNode, block: PyNode): boolean {
  if (owner.type !== 'for_statement' || block.field !== 'body') return false;
  const right = owner.children.find((c) => c.field === 'right');
  return !!right && !['list', 'tuple', 'set', 'dictionary', 'string', 'list_comprehension', 'concatenated_string'].includes(right.type);
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
export function chosenReturn(fn: { readonly node: PyNode; readonly returns: PyNode | undefined }, decide?: Decide): PyNode | undefined {
  if (fn.returns) return fn.returns;
  const all = everyReturn(fn.node);
  // The caller's arguments rule some returns out (`if count: return query.count()` with no `count` passed).
  const rs = all && decide ? all.filter((r) => !ruledOut(r, fn.node, decide)) : all;
  if (rs?.length === 1) return rs[0];
  const k = rs?.length ? choice(fn.node, rs.length) : undefined;
  return k === undefined ? undefined : rs![k];
}

/**
 * Whether the caller's arguments keep a `return` of `fn` from running: it sits in an arm of an
 * `if` they decide the other way, or after an `if` they decide taken whose body always leaves.
 */
function ruledOut(ret: PyNode, fn: PyNode, decide: Decide): boolean {
  for (let n: PyNode = ret; n.parent && n !== fn; n = n.parent) {
    const block = n.parent;
    if (block.type !== 'block') continue;
    for (const prev of block.children) {
      if (prev.start >= n.start) break;
      const body = prev.type === 'if_statement' ? prev.children.find((c) => c.field === 'consequence') : undefined;
      if (body && leaves(body) && decide(prev) === true) return true;
    }
    const owner = block.parent;
    if (owner?.type === 'if_statement' && owner.children.find((c) => c.field === 'consequence') === block && decide(owner) === false) return true;
    if (owner?.type === 'else_clause' && owner.parent?.type === 'if_statement' && decide(owner.parent) === true) return true;
  }
  return false;
}

const ternaryIfs = new WeakMap<PyNode, PyNode>();

/**
 * The arm of `A if cond else B` taken on the path being translated: decided by the caller's
 * arguments when known (as an `if`), else each arm is a path; undefined outside a translation.
 */
export function ternaryArm(n: PyNode, decide?: Decide): PyNode | undefined {
  const [a, cond, b] = n.children.filter((c) => c.named && c.type !== 'comment');
  if (!a || !cond || !b) return undefined;
  // The condition as an `if` statement's (what `Decide` reads), in the same scope.
  let asIf = ternaryIfs.get(n);
  if (!asIf) {
    asIf = { type: 'if_statement', start: n.start, end: n.end, field: null, named: true, children: [{ ...cond, field: 'condition' }], parent: n };
    ternaryIfs.set(n, asIf);
  }
  const decided = decide?.(asIf);
  if (decided !== undefined) return decided ? a : b;
  const k = choice(n, 2);
  return k === undefined ? undefined : k === 0 ? a : b;
}

/** A name built over several statements: its plain assignment, then the augmented ones (`q &= Q(…)`) that run on this path. */
export interface Accumulated {
  readonly base: PyNode;
  readonly steps: readonly { readonly op: string; readonly value: PyNode }[];
}

/**
 * `filters = Q()`, then `if since: filters &= Q(created_at__gte=since)`: the value `use` sees on the
 * path being translated, as the one plain assignment that reaches it and the augmented assignments
 * (`&=`, `|=`, …) whose `if` arms run on this path (each undecided `if` is a choice). Undefined outside
 * a translation, or when a binding is anything else (a loop, a `try`, a parameter, an unpacking).
 */
export function accumulated(t: PyTree, use: PyNode, scopes: ScopeIndex, byCaller?: Decide): Accumulated | undefined {
  const br = current;
  if (!br) return undefined;
  const own = localDecide(t, scopes);
  const decide: Decide = (ifNode) => byCaller?.(ifNode) ?? own(ifNode);
  const name = textOf(t, use);
  const assigns = scopes.assignments(scopeOf(use)).get(name);
  if (!assigns) return undefined;
  const steps: { op: string; value: PyNode }[] = [];
  let ifs = 0;
  for (let i = assigns.length - 1; i >= 0; i--) {
    const b = assigns[i]!;
    if (b.pos > use.start) continue;
    const aug = b.value ? undefined : b.stmt.children.find((c) => c.type === 'augmented_assignment');
    if (!b.value && !aug) return undefined;
    const g = guards(b.stmt, use);
    if (!g) return undefined;
    if (g === 'elsewhere') continue;
    ifs += g.length;
    if (ifs > MAX_IFS) return undefined;
    if (!g.every((x) => chosenArm(br, x.ifNode, decide) === x.arm)) continue;
    if (b.value) return { base: b.value, steps };
    const op = aug!.children.find((c) => c.field === 'operator');
    const left = aug!.children.find((c) => c.field === 'left');
    const right = aug!.children.find((c) => c.field === 'right');
    if (!op || !right || left?.type !== 'identifier' || textOf(t, left) !== name) return undefined;
    steps.unshift({ op: textOf(t, op).slice(0, -1), value: right });
  }
  return undefined;
}
