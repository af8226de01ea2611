/**
 * What an own method of a class hands back: `const lead = await this.findOne(id)` in a service
 * whose `findOne` loads a record, throws when there is none, and returns it. Used to type records
 * loaded by such helpers (typeorm-loaded-entities.ts, sequelize-extra.ts).
 */
import { CALLABLE_NODES, field, kids, text, unwrap, visit, type N } from './ast';

/** The instance method `name` of the class enclosing `at`, or undefined. */
export function ownMethodOf(at: N, name: string): N | undefined {
  for (let p = at.parent; p; p = p.parent) {
    if (p.type !== 'class_body') continue;
    return kids(p).find((m) => m.type === 'method_definition' && text(field(m, 'name') ?? m) === name && !/^static\b/.test(text(m)));
  }
  return undefined;
}

/** The values a method's `return` statements give, those of null/undefined aside; undefined when one returns nothing. */
export function returnedValues(method: N): N[] | undefined {
  const body = field(method, 'body');
  if (!body) return undefined;
  const out: N[] = [];
  let bare = false;
  visit(body, (n) => {
    if (n !== body && CALLABLE_NODES.has(n.type)) return false;
    if (n.type !== 'return_statement') return true;
    const v = kids(n).find((c) => c.type !== 'return' && c.type !== ';' && c.type !== 'comment');
    const u = v ? unwrap(v) : undefined;
    if (!v) bare = true;
    else if (u?.type !== 'null' && u?.type !== 'undefined') out.push(v);
    return false;
  });
  return bare || !out.length ? undefined : out;
}
