/**
 * A required parameter handed on as it is to a helper that applies a bound only when one is given
 * (`in_date_range(month_start, month_end)` with `if start: result = result.filter(…)`): the
 * caller names a value for that place, so the bound applies. The parameter has no default, the
 * function never tests it for truth or `None` itself (a function that expects `None` says so),
 * and no visible call of the function passes `None` or another false literal for it.
 */
import { callArgs, field, named, type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { stillParameter } from './calls';
import { truthTested } from './truth-tests';
import type { PythonIndex } from './workspace';

/** Literals that are false (or `None`) when a caller writes them for the parameter. */
const FALSE_LITERALS = new Set(['none', 'false', 'integer', 'float', 'string']);

/** Whether `id`, a use of a parameter of the function it is written in, holds a value its callers always give. */
export function givenParameter(py: PythonIndex, t: PyTree, scopes: ScopeIndex, id: PyNode): boolean {
  const fn = scopeOf(id);
  const name = textOf(t, id);
  if (fn.type !== 'function_definition' || !stillParameter(scopes, fn, name, id)) return false;
  const ps = field(fn, 'parameters');
  const params = ps ? named(ps) : [];
  const index = params.findIndex((p) => (p.type === 'identifier' ? textOf(t, p) : p.type === 'typed_parameter' ? textOf(t, named(p)[0]!) : undefined) === name);
  if (index < 0) return false;
  let tested = false;
  walk(fn, (n) => {
    if (tested || n.type !== 'identifier' || textOf(t, n) !== name || scopeOf(n) !== fn) return;
    const p = n.parent;
    const noneTest = p?.type === 'comparison_operator' && named(p).some((x) => x.type === 'none');
    if (truthTested(n) || noneTest || p?.type === 'conditional_expression') tested = true;
  });
  return !tested && !passedFalse(py, t, fn, name, index);
}

/** Whether a visible call of the function defined at `fn` passes a false literal for its parameter at `index`. */
function passedFalse(py: PythonIndex, t: PyTree, fn: PyNode, name: string, index: number): boolean {
  const fname = field(fn, 'name');
  if (!fname) return true;
  const method = fn.parent?.parent?.type === 'class_definition' || fn.parent?.parent?.parent?.type === 'class_definition';
  for (const c of py.callsOf(textOf(t, fname), 16)) {
    const a = callArgs(c.tree, c.call);
    const byMethod = method && field(c.call, 'function')?.type === 'attribute';
    const arg = a.keywords.get(name) ?? a.positional[byMethod ? index - 1 : index];
    const u = unparen(arg);
    if (!u) continue;
    if (!FALSE_LITERALS.has(u.type)) continue;
    // A literal that is true (`"x"`, `3`) is a given value; `None`, `False`, `0` and `""` are not.
    if (u.type === 'none' || u.type === 'false' || /^[0._]+$/.test(textOf(c.tree, u)) || (u.type === 'string' && !u.children.some((k) => k.type === 'string_content'))) return true;
  }
  return false;
}
