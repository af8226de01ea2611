/**
 * A local variable that shares a Sequelize model's name (`modelName: 'view'`) but holds an object
 * the code constructs (`let view; view = new EditorView(…)`, `const view = new EditorView(…)`):
 * `view.destroy()` is that object's method, not `View.destroy()` on every row. Read only when the
 * enclosing function declares the name and every value it gives it is a `new` expression.
 */
import { field, text, visit, type N } from './ast';

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration']);

/** Whether `name` (used at `at`) is a local of the enclosing function holding only constructed objects. */
export function constructedLocal(at: N, name: string): boolean {
  let fn: N | null = at.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  if (!fn) return false;
  const values: (N | undefined)[] = [];
  let declared = false;
  visit(fn, (n) => {
    if (n.type === 'variable_declarator' && text(field(n, 'name') ?? n) === name) {
      declared = true;
      values.push(field(n, 'value'));
    } else if (n.type === 'assignment_expression' && text(field(n, 'left') ?? n) === name) values.push(field(n, 'right'));
    return undefined;
  });
  const given = values.filter((v): v is N => v !== undefined);
  return declared && given.length > 0 && given.every((v) => v.type === 'new_expression');
}
