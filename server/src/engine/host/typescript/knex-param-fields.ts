/**
 * A knex instance a class is given and keeps under another name: `constructor({ knex }) {
 * this._knex = knex }` (dependency objects, Ghost services), `constructor(knex) { this.db = knex }`
 * or `constructor(deps) { this.knex = deps.knex }` (the dependency object kept whole).
 * The parameter's name is the same evidence a bare `knex('leads')` or `this.knex('leads')` gives;
 * the field counts only when no other method assigns it.
 */
import { field, kids, text, visit, type N } from './ast';
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

/** Plain identifier parameters of a constructor (`deps` in `constructor(deps)`). */
function plainParams(params: N): Set<string> {
  const out = new Set<string>();
  for (const p of kids(params)) {
    const id = p.type === 'identifier' ? p : field(p, 'pattern');
    if (id?.type === 'identifier') out.add(text(id));
  }
  return out;
}

/** Whether `right` is the knex the constructor was given: `knex` when a parameter binds it, or `<param>.knex`. */
function givenKnex(right: N | undefined | null, bindsKnex: boolean, params: ReadonlySet<string>): boolean {
  if (right?.type === 'identifier') return bindsKnex && text(right) === KNEX_PARAM;
  if (right?.type !== 'member_expression') return false;
  const obj = field(right, 'object');
  const prop = field(right, 'property');
  return obj?.type === 'identifier' && params.has(text(obj)) && !!prop && text(prop) === KNEX_PARAM;
}

/** `this.<name> = knex` (or `= deps.knex`) assignments in a function body. */
function knexAssigned(fn: N, bindsKnex: boolean, params: ReadonlySet<string>): string[] {
  const out: string[] = [];
  visit(fn, (n) => {
    if (n.type !== 'assignment_expression') return undefined;
    const left = field(n, 'left');
    const right = field(n, 'right');
    if (left?.type !== 'member_expression' || text(field(left, 'object') ?? left) !== 'this' || !givenKnex(right, bindsKnex, params)) return undefined;
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
  if (!ctor || !params) return [];
  return knexAssigned(ctor, takesKnex(params), plainParams(params)).filter((name) => {
    const esc = name.replace(/\$/g, '\\$');
    const assign = new RegExp(`\\bthis\\s*\\.\\s*${esc}\\s*=(?!=)`);
    for (const [m, fn] of cls.methods) if (m !== 'constructor' && assign.test(text(fn))) return false;
    return true;
  });
}
