/**
 * `this.<field>` in a method of a class whose constructor chain fixes the field to a string
 * literal: a generic base service given its table by each subclass (Directus
 * `class LeadsService extends ItemsService { constructor(o) { super('leads', o) } }` with
 * `this.collection = collection` in the base constructor), a field initializer, or a parameter
 * property. The field counts only when no method other than a constructor assigns it.
 */
import { field, kids, stringValue, text, visit, type N } from './ast';
import { isGetter, type ClassInfo } from './modinfo';
import { classChain } from './inline';

const CLASSES = new Set(['class_declaration', 'abstract_class_declaration', 'class']);

/** `this.<name> = <value>` statements directly in a function body. */
function assignments(fn: N, name: string): N[] {
  const out: N[] = [];
  visit(fn, (n) => {
    if (n.type !== 'assignment_expression' && n.type !== 'augmented_assignment_expression') return undefined;
    const left = field(n, 'left');
    if (left?.type === 'member_expression' && text(field(left, 'object') ?? left) === 'this' && text(field(left, 'property') ?? left) === name) out.push(n);
    return undefined;
  });
  return out;
}

/** Whether a method other than the constructor assigns `this.<name>` (its value is then not fixed). */
function reassigned(cls: ClassInfo, name: string): boolean {
  for (const [m, fn] of cls.methods) if (m !== 'constructor' && assignments(fn, name).length) return true;
  return false;
}

/** The `super(…)` call of a constructor. */
function superCall(ctor: N): N | undefined {
  let sup: N | undefined;
  visit(ctor, (n) => {
    if (!sup && n.type === 'call_expression' && field(n, 'function')?.type === 'super') sup = n;
    return sup ? false : undefined;
  });
  return sup;
}

/** The string literal `this.<name>` holds in a method of the class that encloses `at`, if the constructor chain fixes it. */
export function thisFieldString(at: N, name: string): N | undefined {
  let decl: N | null = at.parent;
  while (decl && !CLASSES.has(decl.type)) decl = decl.parent;
  const cname = decl ? field(decl, 'name') : undefined;
  if (!cname) return undefined;
  const chain = classChain(text(cname), at);
  if (chain.length === 0 || chain.some((c) => reassigned(c, name))) return undefined;
  // Arguments the current class's constructor receives: unknown for the class itself (any caller).
  let args: readonly N[] | undefined;
  for (const cls of chain) {
    // `protected get tableName() { return 'leads'; }`: the nearest class's getter answers.
    const getter = cls.methods.get(name);
    if (getter) return getterString(getter);
    const ctor = cls.methods.get('constructor');
    const params = ctor ? kids(field(ctor, 'parameters') ?? ctor) : [];
    const argOf = (param: string): N | undefined => {
      const i = params.findIndex((p) => text(field(p, 'pattern') ?? p) === param);
      const a = i >= 0 ? args?.[i] : undefined;
      return a && stringValue(a) !== undefined ? a : undefined;
    };
    // The constructor's own assignment wins over the base classes' (it runs after `super`).
    const own = ctor ? assignments(ctor, name) : [];
    if (own.length > 1) return undefined;
    if (own.length === 1) {
      const right = field(own[0]!, 'right');
      if (own[0]!.type !== 'assignment_expression' || !right) return undefined;
      if (stringValue(right) !== undefined) return right;
      return right.type === 'identifier' ? argOf(text(right)) : undefined;
    }
    // `constructor(protected readonly collection: string)`.
    const prop = params.find((p) => text(field(p, 'pattern') ?? p) === name && p.children.some((c) => c.type === 'accessibility_modifier' || c.type === 'readonly'));
    if (prop) return argOf(name);
    const init = cls.fields.get(name)?.init;
    if (init) return stringValue(init) !== undefined ? init : undefined;
    // Down to the base class, with the literals this constructor hands to `super(…)`.
    const sup = ctor ? superCall(ctor) : undefined;
    if (ctor && !sup) return undefined;
    args = sup ? kids(field(sup, 'arguments') ?? sup).map((a) => (stringValue(a) !== undefined ? a : a.type === 'identifier' ? (argOf(text(a)) ?? a) : a)) : undefined;
  }
  return undefined;
}

/** The string literal a getter returns as its only statement (`get tableName() { return 'leads'; }`). */
export function getterString(m: N): N | undefined {
  if (!isGetter(m)) return undefined;
  const body = field(m, 'body');
  const stmts = body ? kids(body) : [];
  const ret = stmts.length === 1 && stmts[0]!.type === 'return_statement' ? kids(stmts[0]!)[0] : undefined;
  return ret && stringValue(ret) !== undefined ? ret : undefined;
}
