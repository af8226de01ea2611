/**
 * Kysely references written as values: `db.dynamic.ref('leads.created_at')` (or `ref` destructured
 * from `db.dynamic`) and `sql.ref('leads.created_at')` name a column, so a comparison or a `sql`
 * template holding one is a condition on that column, not on a parameter we cannot see.
 */
import { bindings, field, kids, stringValue, text, unwrap, type N } from './ast';
import { isSqlTag } from './sql-tags';
import { classChain, lookupName, paramNames } from './inline';
import { destructured } from './values';

/** The column a dynamic or `sql.ref` reference names (undefined for anything else). */
export function dynamicRef(n: N | undefined, depth = 0): string | undefined {
  const u = unwrap(n);
  if (u?.type === 'member_expression' && depth < 3) {
    const held = constructorArgument(u);
    return held ? dynamicRef(held, depth + 1) : undefined;
  }
  if (u?.type !== 'call_expression') return undefined;
  const fn = field(u, 'function');
  const args = kids(field(u, 'arguments') ?? u);
  const col = args.length === 1 ? stringValue(unwrap(args[0])) : undefined;
  if (!fn || col === undefined || !/^[\w$]+(\.[\w$]+){0,2}$/.test(col)) return undefined;
  if (fn.type === 'member_expression') {
    const obj = field(fn, 'object');
    const prop = field(fn, 'property');
    if (!obj || !prop || text(prop) !== 'ref') return undefined;
    // `db.dynamic.ref(…)`, `this.db.dynamic.ref(…)`, or Kysely's `sql.ref(…)`.
    return /(^|\.)dynamic$/.test(text(obj).replace(/\s+/g, '')) || isSqlTag(obj) ? col : undefined;
  }
  return fn.type === 'identifier' && destructuredFromDynamic(fn) ? col : undefined;
}

/**
 * `keyset.primary` where `keyset` is a `const` made by `new TimeIdKeyset(ref('leads.created_at'), …)`
 * (Ozone's keyset pagination) and `primary` a parameter property of that class's constructor: the
 * argument the constructor was given there (undefined when any of that is not visible).
 */
function constructorArgument(m: N): N | undefined {
  let obj = unwrap(field(m, 'object'));
  const prop = field(m, 'property');
  // `const { keyset } = opts` in a followed helper: the caller's `{ …, keyset }` (an object's own name is not resolved by unwrap).
  const from = obj?.type === 'identifier' ? unwrap(destructured(obj)) : undefined;
  if (from) obj = from;
  if (!prop || (obj?.type !== 'identifier' && obj?.type !== 'shorthand_property_identifier')) return undefined;
  const l = lookupName(obj);
  const made = l?.kind === 'const' ? unwrap(l.value) : undefined;
  const ctor = made?.type === 'new_expression' ? field(made, 'constructor') : undefined;
  if (!made || ctor?.type !== 'identifier') return undefined;
  const cls = classChain(text(ctor), ctor)[0];
  const f = cls?.fields.get(text(prop));
  const params = f && (f.node.type === 'required_parameter' || f.node.type === 'optional_parameter') && f.node.parent ? kids(f.node.parent).filter((p) => p.type === 'required_parameter' || p.type === 'optional_parameter') : [];
  const i = f ? params.indexOf(f.node) : -1;
  const args = kids(field(made, 'arguments') ?? made);
  return i >= 0 && args.length === params.length && !args.some((a) => a.type === 'spread_element') ? args[i] : undefined;
}

/** Whether `ref` (at its use) is declared by `const { ref } = <db>.dynamic` in an enclosing block. */
function destructuredFromDynamic(id: N): boolean {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (p.type !== 'statement_block' && p.type !== 'program') continue;
    for (const st of kids(p)) {
      if (st.start > id.start) break;
      if (st.type !== 'lexical_declaration') continue;
      for (const d of kids(st)) {
        const pat = field(d, 'name');
        const value = field(d, 'value');
        if (d.type !== 'variable_declarator' || pat?.type !== 'object_pattern' || !value) continue;
        for (const k of kids(pat)) {
          const local = k.type === 'shorthand_property_identifier_pattern' ? k : k.type === 'pair_pattern' ? field(k, 'value') : undefined;
          const key = k.type === 'pair_pattern' ? field(k, 'key') : k;
          if (local && key && text(local) === name) return text(key) === 'ref' && /(^|\.)dynamic$/.test(text(value).replace(/\s+/g, ''));
        }
      }
    }
  }
  return false;
}

/**
 * A call of a helper written `const f = (r) => sql<boolean>\`${r} …\``: the grammar reads that as
 * the arrow function tagging the template, so the helper is not a function to inline. Here: the
 * template, with the arrow's parameters bound to the call's arguments (undefined for other calls).
 */
export function sqlHelperTemplate(call: N): N | undefined {
  const callee = field(call, 'function');
  if (callee?.type !== 'identifier') return undefined;
  const l = lookupName(callee);
  const v = l?.kind === 'const' ? unwrap(l.value) : undefined;
  const arrow = v?.type === 'call_expression' ? field(v, 'function') : undefined;
  const tpl = v ? field(v, 'arguments') : undefined;
  const body = arrow?.type === 'arrow_function' ? field(arrow, 'body') : undefined;
  if (!v || !arrow || tpl?.type !== 'template_string' || body?.type !== 'instantiation_expression' || !isSqlTag(kids(body)[0]!)) return undefined;
  const args = kids(field(call, 'arguments') ?? call);
  const m = new Map<string, N>();
  paramNames(arrow).forEach((p, i) => p && args[i] && args[i].type !== 'spread_element' && m.set(p, args[i]));
  // Bound over the whole declaration: the template lies outside the arrow's own node.
  bindings.push({ fn: v, args: m, used: 0 });
  return tpl;
}
