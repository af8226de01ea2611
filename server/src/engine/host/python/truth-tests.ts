/**
 * Where Python tests a value's truth: `if qs:`, `elif`/`while` conditions, `not qs`, the left
 * operand of `and`/`or` (`qs or default`), the operands of a condition made of them, a
 * conditional expression's test, `assert qs`. A Django queryset tested so is evaluated
 * (`QuerySet.__bool__` fetches every row into its result cache).
 */
import { field, type PyNode } from './ast';

/** Whether the value of `n` is tested for truth where it stands. */
export function truthTested(n: PyNode): boolean {
  const p = n.parent;
  if (!p) return false;
  switch (p.type) {
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement':
      return field(p, 'condition') === n;
    case 'conditional_expression':
      // `a if qs else b`: the test is the second named child.
      return p.children.filter((c) => c.named && c.type !== 'comment')[1] === n;
    case 'not_operator':
      return field(p, 'argument') === n;
    case 'assert_statement':
      return p.children.find((c) => c.named && c.type !== 'comment') === n;
    case 'boolean_operator':
      // The left operand is always tested; the right one only when the whole expression is.
      return field(p, 'left') === n || truthTested(p);
    case 'parenthesized_expression':
      return truthTested(p);
    default:
      return false;
  }
}
