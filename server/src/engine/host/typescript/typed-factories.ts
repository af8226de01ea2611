/**
 * DAL factories reached through types (Infisical and most "factory + DI" Node back ends):
 * `leadServiceFactory({ leadDAL }: { leadDAL: TLeadDALFactory })` with `type TLeadDALFactory =
 * ReturnType<typeof leadDALFactory>`, where `leadDALFactory(db)` returns `{ ...ormify(db,
 * TableName.Lead), findRecentByUser }` and `ormify(db, tableName)` returns an object of methods
 * over the table it is given. A call `leadDAL.findById(id)` is the method the factory's object
 * holds, with the inner factory's parameters bound to the arguments it was called with.
 */
import { field, kids, paramType, text, unwrap, type N } from './ast';
import { ctxOf, type FileCtx } from './follow-ctx';
import { factoryMember, type FactoryMember } from './follow-factory';
import { paramNames as paramNamesOf, returnedExpr } from './inline';
import { objectMethod } from './objects';
import { memberType, typeAliasText } from './type-members';
import type { TsIndex } from './workspace';

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function']);
const MAX_DEPTH = 4;

/** The declared type of a parameter `name` visible at `id`: `name: T`, or a key of a typed destructuring (`{ leadDAL }: Deps`). */
function declaredType(id: N, name: string, ctx: FileCtx, index: TsIndex): { file: string; type: string } | undefined {
  const plain = paramType(id, name, true);
  if (plain) return { file: ctx.file, type: plain };
  for (let p = id.parent; p; p = p.parent) {
    if (!FUNCTIONS.has(p.type)) continue;
    for (const q of kids(field(p, 'parameters') ?? p)) {
      const pat = field(q, 'pattern');
      const t = field(q, 'type');
      if (pat?.type !== 'object_pattern' || !t) continue;
      const named = kids(pat).some((c) => (c.type === 'shorthand_property_identifier_pattern' && text(c) === name) || (c.type === 'object_assignment_pattern' && text(kids(c)[0] ?? c) === name));
      const typeName = /^\s*:?\s*([\w$]+(?:\.[\w$]+)?)\s*$/.exec(text(t))?.[1];
      if (named) return typeName ? memberType(index, ctx.file, typeName, name, ctx.info) : inlineMemberType(t, name, ctx.file);
    }
    // A nearer function binding the name some other way hides the outer one.
    if (paramNamesOf(p).includes(name)) return undefined;
  }
  return undefined;
}

/** Key `name` of an object type written in place (`({ leadDAL }: { leadDAL: TLeadDAL; log: Logger })`): its type. */
function inlineMemberType(annotation: N, name: string, file: string): { file: string; type: string } | undefined {
  const obj = kids(annotation).find((c) => c.type === 'object_type');
  for (const p of obj ? kids(obj) : []) {
    if (p.type !== 'property_signature' || text(field(p, 'name') ?? p) !== name) continue;
    const t = field(p, 'type');
    return t ? { file, type: text(t).replace(/^\s*:\s*/, '') } : undefined;
  }
  return undefined;
}

/** The function a type names as its factory: `ReturnType<typeof f>`, directly or through a type alias. */
function factoryOfType(index: TsIndex, file: string, typeText: string, depth = 0): { file: string; fn: N } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  // `ReturnType<typeof leadDALFactory>`, or `typeof dal.leadDALFactory` through a namespace import.
  const rt = /^\s*ReturnType\s*<\s*typeof\s+([\w$]+(?:\.[\w$]+)?)\s*>\s*$/.exec(typeText);
  if (rt) {
    const r = index.resolveRef(file, rt[1]!);
    return r?.kind === 'function' ? { file: r.file, fn: r.node } : undefined;
  }
  const alias = /^\s*([\w$]+(?:\.[\w$]+)?)\s*$/.test(typeText) ? typeAliasText(index, file, typeText.trim()) : undefined;
  return alias ? factoryOfType(index, alias.file, alias.type, depth + 1) : undefined;
}

/** A `const name = …` declared in the statements of `fn`'s body. */
function localConst(fn: N, name: string): N | undefined {
  const body = field(fn, 'body');
  for (const st of body?.type === 'statement_block' ? kids(body) : []) {
    if (st.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
    for (const d of kids(st)) {
      const n = field(d, 'name');
      if (n?.type === 'identifier' && text(n) === name) return field(d, 'value');
    }
  }
  return undefined;
}

/** Method `name` of the object factory `fn` returns: its own methods and closures, or those of a factory call it spreads. */
function returnedMember(fn: N, file: string, name: string, index: TsIndex, current: FileCtx): FactoryMember | undefined {
  const ctx = ctxOf(index, file, current);
  const obj = unwrap(returnedExpr(fn));
  if (!ctx || obj?.type !== 'object') return undefined;
  const own = objectMethod(obj, name);
  if (own) return { fn: own, ctx, binds: [] };
  for (const c of kids(obj)) {
    if (c.type === 'shorthand_property_identifier' && text(c) === name) {
      const v = unwrap(localConst(fn, name));
      return v && FUNCTIONS.has(v.type) ? { fn: v, ctx, binds: [] } : undefined;
    }
  }
  // A later spread overrides an earlier one, as at run time.
  for (const c of kids(obj).reverse()) {
    if (c.type !== 'spread_element') continue;
    const s = unwrap(kids(c)[0]);
    const v = s?.type === 'identifier' ? (localConst(fn, text(s)) ?? s) : s;
    const m = factoryMember(v, name, file, index, current);
    if (m) return m;
  }
  return undefined;
}

/** The method `method` of what parameter `name` (at `id`) holds, when its declared type is a factory's return type. */
export function typedFactoryMember(id: N, name: string, method: string, current: FileCtx, index: TsIndex): FactoryMember | undefined {
  const t = declaredType(id, name, current, index);
  const f = t ? factoryOfType(index, t.file, t.type) : undefined;
  return f ? returnedMember(f.fn, f.file, method, index, current) : undefined;
}
