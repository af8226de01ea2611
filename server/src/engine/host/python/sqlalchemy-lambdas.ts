/**
 * SQLAlchemy lambda statements (`lambda_stmt(lambda: select(Lead).where(…))`, as Home Assistant's
 * recorder builds its queries). SQLAlchemy runs the lambda to build the statement (closure
 * variables become bound parameters), so it compiles to the SQL of the lambda's body;
 * `stmt += lambda q: q.where(…)` and `stmt.add_criteria(lambda q: …)` apply the lambda to the
 * statement built so far. A criterion under an `if` the caller's arguments do not decide, or a
 * name grown any other way, leaves the statement unknown.
 */
import { field, named, type PyNode, scopeOf, textOf, unparen } from './ast';
import { type SaQuery, SaTranslator } from './sqlalchemy';
import { Unknown } from './synth';

/** `lambda: body` (no parameters) → its body. */
export function lambdaBody(n: PyNode | undefined): PyNode | undefined {
  const u = unparen(n);
  if (u?.type !== 'lambda' || field(u, 'parameters')) return undefined;
  return field(u, 'body');
}

/** `lambda q: q.where(…)` applied to the statement `prev`: the body with `q` bound to it. */
export function applyCriteria(tr: SaTranslator, lam: PyNode | undefined, prev: () => SaQuery | undefined): SaQuery | undefined {
  const u = unparen(lam);
  const params = u?.type === 'lambda' ? field(u, 'parameters') : undefined;
  const ps = params ? named(params) : [];
  const body = u ? field(u, 'body') : undefined;
  if (ps.length !== 1 || ps[0]!.type !== 'identifier' || !body) return undefined;
  // The lambda is a scope of its own: its parameter is read through the environment.
  const env = { ...(tr.env ?? {}), fn: u!, args: new Map([[textOf(tr.t, ps[0]!), prev]]), used: { v: false } };
  const sub = new SaTranslator(tr.ctx, tr.t, tr.scopes, tr.file, tr.count, env, tr.stack, tr.selfHeld);
  return sub.statement(body);
}

function contains(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * Whether a statement between the name's assignment and its use runs: `with` blocks are
 * transparent, an `if` must be decided by the caller's arguments; anything else is unknown.
 */
function runs(tr: SaTranslator, stmt: PyNode, use: PyNode): boolean {
  for (let n: PyNode | null = stmt.parent; n; n = n.parent) {
    if (contains(n, use)) return true;
    if (n.type !== 'block') continue;
    const owner = n.parent;
    if (owner?.type === 'with_statement') continue;
    if (owner?.type !== 'if_statement' || n.field !== 'consequence') throw new Unknown('criteria in a branch');
    const taken = tr.decider?.(owner);
    if (taken === undefined) throw new Unknown('criteria under an undecided if');
    if (!taken) return false;
  }
  throw new Unknown('criteria out of the use');
}

/**
 * The statement a name holds at `use` when its last bindings are `name += lambda q: …`: the
 * plain assignment before them (in a block holding the use) with each criterion that runs
 * applied in order. Undefined when the name is not grown that way.
 */
export function grownStatement(tr: SaTranslator, use: PyNode): SaQuery | undefined {
  const t = tr.t;
  const name = textOf(t, use);
  const binds = (tr.scopes.assignments(scopeOf(use)).get(name) ?? []).filter((b) => b.pos <= use.start);
  const last = binds[binds.length - 1];
  if (!last || last.value) return undefined;
  const criteria: PyNode[] = [];
  for (let i = binds.length - 1; i >= 0; i--) {
    const b = binds[i]!;
    if (b.value) {
      if (!b.stmt.parent || !contains(b.stmt.parent, use)) return undefined;
      let q = (): SaQuery | undefined => tr.statement(b.value!);
      for (const lam of criteria.reverse()) {
        const prev = q;
        q = () => applyCriteria(tr, lam, prev);
      }
      return q();
    }
    const aug = named(b.stmt).find((c) => c.type === 'augmented_assignment');
    const left = aug ? unparen(field(aug, 'left')) : undefined;
    const right = aug ? unparen(field(aug, 'right')) : undefined;
    if (!aug || left?.type !== 'identifier' || textOf(t, left) !== name || right?.type !== 'lambda' || !/^\s*\+=/.test(t.src.slice(left.end, right.start))) return undefined;
    if (runs(tr, b.stmt, use)) criteria.push(right);
  }
  return undefined;
}
