/**
 * Reads of a property of an object a function is building that cannot change it: the previous
 * value merged into a new one (`where.createdAt = { ...where.createdAt, [Op.lte]: to }`) or a
 * test (`if (where.createdAt)`). A spread copies the properties, so no alias of the inner object
 * escapes; anything else (an argument, a pair value, a method call) may change it later.
 */
import { field, type N } from './ast';

const TRANSPARENT = new Set(['parenthesized_expression', 'as_expression', 'non_null_expression', 'satisfies_expression']);

/** Whether the identifier `n` (the object of `n.prop`) is only read there, in a way that leaves the object as it is. */
export function harmlessPropertyRead(n: N): boolean {
  const m = n.parent;
  if (m?.type !== 'member_expression' || n.field !== 'object' || field(m, 'property')?.type !== 'property_identifier') return false;
  let up: N = m;
  while (up.parent && TRANSPARENT.has(up.parent.type)) up = up.parent;
  const ctx = up.parent;
  if (ctx?.type === 'spread_element') return true;
  // `if (where.createdAt)`: the whole condition, read only.
  if (up.type === 'parenthesized_expression' && ctx?.type === 'if_statement' && up.field === 'condition') return true;
  return testedInCondition(m);
}

const TESTS = new Set(['unary_expression', 'binary_expression', 'parenthesized_expression']);

/**
 * A read inside an `if` condition made only of tests, comparisons and further property reads
 * (Documenso's final check `if (!where.OR || where.OR.length < 2 || !userId) throw …`): no call
 * in between, so nothing can change the object there.
 */
function testedInCondition(m: N): boolean {
  let up: N = m;
  for (let i = 0; up.parent && i < 16; i++) {
    const p = up.parent;
    if (p.type === 'if_statement') return up.field === 'condition';
    const read = p.type === 'member_expression' && up.field === 'object' && field(p, 'property')?.type === 'property_identifier';
    if (!read && !TESTS.has(p.type) && !TRANSPARENT.has(p.type)) return false;
    // `!x`, `a || b`, `x < 2`, not `delete x.y` or `void …` (only reads).
    if (p.type === 'unary_expression' && !/^[!-]/.test(p.src.slice(p.start, p.end))) return false;
    up = p;
  }
  return false;
}
