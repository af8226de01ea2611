/**
 * Methods a followed method calls on its own object: generic CRUD base services layer
 * `TenantAwareCrudService.findAll(filter)` over `CrudService.findAll(options)` with
 * `super.findAll(this.findManyWithTenant(filter))`, and `update(id, …)` calls
 * `this.findOneByIdString(id)` first. callee.ts follows such a call into the method it runs
 * (`super.m` from the base class of the enclosing class, `this.m` from the class itself, up its
 * chain), with the call's arguments read in the caller's frame — only when they carry the values
 * the caller passed (a parameter, or a local computed from one): a call on values of its own is
 * the method's own query, judged where it is written.
 */
import { field, kids, text, visit, type Link, type N } from './ast';
import { classKey, type ClassInfo } from './modinfo';
import type { FileCtx } from './follow-ctx';
import type { TsIndex } from './workspace';

const MAX_DEPTH = 6;
const CLASSES = new Set(['class_declaration', 'abstract_class_declaration', 'class']);
const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function']);

/** A class method by name, inherited methods included, with its file. */
export function methodOf(cls: ClassInfo, file: string, name: string, index: TsIndex, depth = 0): { fn: N; file: string } | undefined {
  const m = cls.methods.get(name);
  if (m) return { fn: m, file };
  const base = baseClass(cls, file, index);
  return base && depth < MAX_DEPTH ? methodOf(base.cls, base.file, name, index, depth + 1) : undefined;
}

function baseClass(cls: ClassInfo, file: string, index: TsIndex): { cls: ClassInfo; file: string } | undefined {
  const r = cls.extends ? index.resolveRef(file, cls.extends, index.info(file)) : undefined;
  return r?.kind === 'class' ? { cls: r.cls, file: r.file } : undefined;
}

/** The method `super.m(…)` / `this.m(…)` runs, for a call written in a class method of `ctx`'s file. */
export function ownMethod(x: N, inner: readonly Link[], ctx: FileCtx, index: TsIndex): { fn: N; file: string } | undefined {
  const r0 = inner[0];
  const m = inner[1];
  if (inner.length !== 3 || r0?.kind !== 'root' || (r0.name !== 'super' && r0.name !== 'this') || m?.kind !== 'prop' || inner[2]?.kind !== 'call') return undefined;
  let decl: N | null = x.parent;
  while (decl && !CLASSES.has(decl.type)) decl = decl.parent;
  const name = decl ? classKey(decl) : undefined;
  const cls = name ? ctx.info.classes.get(name) : undefined;
  if (!cls) return undefined;
  // A field holding a function (`this.run = …`) is not a method we can read.
  if (cls.fields.has(m.name)) return undefined;
  if (r0.name === 'this') return methodOf(cls, ctx.file, m.name, index);
  const base = baseClass(cls, ctx.file, index);
  return base ? methodOf(base.cls, base.file, m.name, index) : undefined;
}

/** Whether a call's arguments carry a parameter of `fn` (bound in `args`), directly or through a local computed from one. */
export function dependsOnParams(x: N, args: ReadonlyMap<string, N>, fn: N): boolean {
  const locals = localInits(fn);
  const seen = new Set<string>();
  const carries = (root: N): boolean => {
    let hit = false;
    visit(root, (n) => {
      if (hit) return false;
      if (n.type !== 'identifier' && n.type !== 'shorthand_property_identifier') return undefined;
      const name = text(n);
      if (args.has(name)) hit = true;
      else if (locals.has(name) && !seen.has(name)) {
        seen.add(name);
        hit = carries(locals.get(name)!);
      }
      return undefined;
    });
    return hit;
  };
  return kids(field(x, 'arguments') ?? x).some(carries);
}

/** The initialisers of the locals `fn` declares (not in nested functions). */
function localInits(fn: N): Map<string, N> {
  const out = new Map<string, N>();
  const body = field(fn, 'body');
  if (!body) return out;
  visit(body, (n) => {
    if (n !== body && FUNCTIONS.has(n.type)) return false;
    if (n.type !== 'variable_declarator') return undefined;
    const name = field(n, 'name');
    const v = field(n, 'value');
    if (name?.type === 'identifier' && v) out.set(text(name), v);
    return undefined;
  });
  return out;
}
