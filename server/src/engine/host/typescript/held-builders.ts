/**
 * A builder kept in a local variable to be refined and run later (`const query = Model.query()
 * .where(…).first(); if (c) query.andWhere(…); await query.then(mapper)`). Knex, Objection and
 * Drizzle builders are lazy: a "terminal" method such as `first()` or `count()` only shapes the
 * statement, which is sent when the variable is awaited. So neither the definition nor a bare
 * refinement statement runs the query while a later statement still uses the variable as a
 * builder; the follow pass judges it there, once, with every refinement on the way.
 */
import { field, flattenChain, FUNCTIONS, text, unwrap, visit, type N } from './ast';

/** The node that uses `top`'s value, past parentheses, casts and `!`. */
function parentOf(top: N): N | null {
  let p = top.parent;
  while (p && (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression')) p = p.parent;
  return p;
}

function enclosingFunction(n: N): N | undefined {
  for (let p = n.parent; p; p = p.parent) if (FUNCTIONS.has(p.type)) return p;
  return undefined;
}

/** Whether an `await` sits inside the chain's spine (`await this.db<Row>(t).where(…)` parses so). */
function awaitedInside(top: N): boolean {
  for (let x: N | undefined = unwrap(top); x; ) {
    if (x.type === 'await_expression') return true;
    x = x.type === 'call_expression' ? field(x, 'function') : x.type === 'member_expression' ? field(x, 'object') : undefined;
  }
  return false;
}

/** The variable a chain is stored in without being awaited (`const q = chain`, `q = chain;`). */
function storedIn(top: N): string | undefined {
  if (awaitedInside(top)) return undefined;
  const p = parentOf(top);
  if (p?.type === 'variable_declarator') {
    const name = field(p, 'name');
    return name?.type === 'identifier' && unwrap(field(p, 'value')) === unwrap(top) ? text(name) : undefined;
  }
  if (p?.type === 'assignment_expression' && parentOf(p)?.type === 'expression_statement') {
    const left = field(p, 'left');
    return left?.type === 'identifier' ? text(left) : undefined;
  }
  return undefined;
}

/** The root variable of a bare statement `q.where(…);` (its value is dropped), not a client call (`db('leads').del();`). */
function refinedVariable(top: N): string | undefined {
  const p = parentOf(top);
  if (p?.type !== 'expression_statement' && !(p?.type === 'unary_expression' && text(p).startsWith('void'))) return undefined;
  const links = flattenChain(top);
  const r0 = links[0];
  return r0?.kind === 'root' && r0.name && r0.name !== 'this' && links[1]?.kind === 'prop' ? r0.name : undefined;
}

/**
 * The local variable handed to a bare call statement (`applyRange(q, from, to);`, `this.filter(q)`):
 * a helper that refines its argument and returns it gives back the same builder, which the
 * statement drops; the variable's later use runs it.
 */
function handedVariables(top: N): string[] {
  const p = parentOf(top);
  if (p?.type !== 'expression_statement' || top.type !== 'call_expression') return [];
  const args = field(top, 'arguments');
  return args ? args.children.filter((a) => a.type === 'identifier').map(text) : [];
}

/** Whether the function declares `name` as a variable holding an un-awaited call chain. */
function localBuilderVariable(fn: N, name: string, before: number): boolean {
  let found = false;
  visit(fn, (x) => {
    if (found || x.start >= before) return false;
    if (x !== fn && FUNCTIONS.has(x.type)) return false;
    if (x.type !== 'variable_declarator') return undefined;
    const n = field(x, 'name');
    const v = unwrap(field(x, 'value'));
    if (n?.type === 'identifier' && text(n) === name && (v?.type === 'call_expression' || v?.type === 'member_expression')) found = true;
    return undefined;
  });
  return found;
}

/** Whether a statement after `from` in the function refines or runs `name` as a builder (`name.x(…)`, `await name`). */
function usedLater(fn: N, name: string, from: number): boolean {
  let found = false;
  visit(fn, (x) => {
    if (found || x.end <= from) return false;
    if (x.type !== 'identifier' || x.start < from || text(x) !== name) return undefined;
    const p = parentOf(x);
    if ((p?.type === 'member_expression' && unwrap(field(p, 'object')) === x) || p?.type === 'await_expression') found = true;
    return undefined;
  });
  return found;
}

/** Whether the chain `top` only builds or refines a builder that a later statement of its function refines or runs. */
export function heldForLater(top: N): boolean {
  const stored = storedIn(top);
  const name = stored ?? refinedVariable(top);
  const fn = enclosingFunction(top);
  if (!fn || fn.type === 'program') return false;
  const stmtEnd = stored ? top.end : (parentOf(top)?.end ?? top.end);
  const held = (v: string): boolean => (!!stored || localBuilderVariable(fn, v, top.start)) && usedLater(fn, v, stmtEnd);
  return name ? held(name) : handedVariables(top).some(held);
}
