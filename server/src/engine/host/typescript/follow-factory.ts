/**
 * Functions made by a factory (the express-knex "model guts": `createGuts({ knex: db, tableName:
 * 'leads' })` returning `{ find, findById, … }`, each a closure over the options): a call
 * `Lead.find(filters)` on such an object (also spread into another: `export default { ...guts }`)
 * is the closure, with the factory's parameters read as the factory call's arguments.
 */
import { dottedName, field, kids, text, unwrap, type N } from './ast';
import { argBindings, returnedExpr } from './inline';
import { objectMethod } from './objects';
import { ctxOf, type FileCtx } from './follow-ctx';
import type { TsIndex } from './workspace';

export interface FactoryMember {
  readonly fn: N;
  readonly ctx: FileCtx;
  readonly binds: { readonly fn: N; readonly args: ReadonlyMap<string, N> }[];
}

const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function']);

/** A `const name = <function>` declared in the statements of `fn`'s body. */
function localFunction(fn: N, name: string): N | undefined {
  const body = field(fn, 'body');
  for (const st of body?.type === 'statement_block' ? kids(body) : []) {
    if (st.type !== 'lexical_declaration') continue;
    for (const d of kids(st)) {
      const n = field(d, 'name');
      const v = unwrap(field(d, 'value'));
      if (n?.type === 'identifier' && text(n) === name && v && FUNCTIONS.has(v.type)) return v;
    }
  }
  return undefined;
}

/** The function an object value (`v`, in file `file`) holds under `name`, through spreads and factory calls. */
export function factoryMember(v0: N | undefined, name: string, file: string, index: TsIndex, current: FileCtx, depth = 0): FactoryMember | undefined {
  const v = unwrap(v0);
  const ctx = ctxOf(index, file, current);
  if (!v || !ctx || depth > 4) return undefined;
  if (v.type === 'identifier') {
    const r = index.resolveName(file, text(v), ctx.info);
    return r?.kind === 'value' ? factoryMember(r.node, name, r.file, index, current, depth + 1) : undefined;
  }
  if (v.type === 'object') {
    const m = objectMethod(v, name);
    if (m) return { fn: m, ctx, binds: [] };
    for (const c of kids(v)) {
      if (c.type === 'spread_element') {
        const r = factoryMember(kids(c)[0], name, file, index, current, depth + 1);
        if (r) return r;
      }
    }
    return undefined;
  }
  if (v.type !== 'call_expression') return undefined;
  const callee = unwrap(field(v, 'function'));
  // `ormify(db, t)`, or `orm.ormify(db, t)` through a namespace import.
  const ref = dottedName(callee);
  const r = ref?.length === 1 ? index.resolveName(file, ref[0]!, ctx.info) : ref?.length === 2 && ref[0] !== 'this' ? index.resolveRef(file, ref.join('.'), ctx.info) : undefined;
  if (r?.kind !== 'function') return undefined;
  const fctx = ctxOf(index, r.file, current);
  const ret = unwrap(returnedExpr(r.node));
  if (!fctx || ret?.type !== 'object') return undefined;
  // `{ find, findById }`: closures declared in the factory's body.
  let fn: N | undefined;
  for (const c of kids(ret)) {
    if (c.type === 'shorthand_property_identifier' && text(c) === name) fn = localFunction(r.node, name);
    else if (c.type === 'pair' && text(field(c, 'key') ?? c) === name) {
      const val = unwrap(field(c, 'value'));
      fn = val && FUNCTIONS.has(val.type) ? val : val?.type === 'identifier' ? localFunction(r.node, text(val)) : undefined;
    }
  }
  fn ??= objectMethod(ret, name);
  if (!fn) return undefined;
  return { fn, ctx: fctx, binds: [{ fn: r.node, args: argBindings(r.node, kids(field(v, 'arguments') ?? v)) }] };
}
