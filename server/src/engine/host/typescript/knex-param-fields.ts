/**
 * A knex instance a class is given and keeps under another name: `constructor({ knex }) {
 * this._knex = knex }` (dependency objects, Ghost services) or `constructor(knex) { this.db = knex }`.
 * The parameter's name is the same evidence a bare `knex('leads')` or `this.knex('leads')` gives;
 * the field counts only when no other method assigns it.
 */
import { field, text, visit, type N } from './ast';
import type { ClassInfo } from './modinfo';

const KNEX_PARAM = 'knex';

/** Whether the constructor's parameters bind the name `knex` (plainly or destructured). */
function takesKnex(params: N): boolean {
  let found = false;
  visit(params, (n) => {
    if (found) return false;
    // `{ knex }`, `knex`, `knex = defaultKnex`; not `{ knex: other }` (the value is then `other`).
    if ((n.type === 'shorthand_property_identifier_pattern' || n.type === 'identifier') && text(n) === KNEX_PARAM && n.field !== 'key' && n.field !== 'type') found = true;
    return undefined;
  });
  return found;
}

/** `this.<name> = knex` assignments in a function body. */
function knexAssigned(fn: N): string[] {
  const out: string[] = [];
  visit(fn, (n) => {
    if (n.type !== 'assignment_expression') return undefined;
    const left = field(n, 'left');
    const right = field(n, 'right');
    if (left?.type !== 'member_expression' || text(field(left, 'object') ?? left) !== 'this' || right?.type !== 'identifier' || text(right) !== KNEX_PARAM) return undefined;
    const p = field(left, 'property');
    if (p) out.push(text(p));
    return undefined;
  });
  return out;
}

/** Fields of a class that hold the knex instance its constructor was given. */
export function knexParamFields(cls: ClassInfo): string[] {
  const ctor = cls.methods.get('constructor');
  const params = ctor ? field(ctor, 'parameters') : undefined;
  if (!ctor || !params || !takesKnex(params)) return [];
  return knexAssigned(ctor).filter((name) => {
    const esc = name.replace(/\$/g, '\\$');
    const assign = new RegExp(`\\bthis\\s*\\.\\s*${esc}\\s*=(?!=)`);
    for (const [m, fn] of cls.methods) if (m !== 'constructor' && assign.test(text(fn))) return false;
    return true;
  });
}
