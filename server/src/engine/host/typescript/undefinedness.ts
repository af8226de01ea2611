/**
 * Whether a value may be `undefined` where a query reads it, for ORMs that leave out a condition
 * whose value is undefined (Objection after `skipUndefined()`). Only evidence counts: the literal
 * `undefined`, a property an object literal the caller passes lacks, `c ? x : undefined`, `a?.b`,
 * an optional parameter (`since?: Date`, `Date | undefined`) and an optional property of the
 * parameter's declared type (`query: LeadQuery` with `since?: Date`, an inline object type,
 * `Partial<T>`), and a property a parameter's default object lacks (`params = {}`). Anything we
 * cannot see counts as defined (precision first: the condition stays).
 */
import { field, FUNCTION_NODES, kids, text, unwrap, type Link, type N } from './ast';
import { lookupName, NeedsIndex, resolvers } from './inline';
import { Dynamic, isUndefined } from './sqlgen';
import { literalValue } from './values';

export type Undefinedness = 'always' | 'maybe' | 'never';


function either(a: Undefinedness, b: Undefinedness): Undefinedness {
  if (a === b) return a;
  return 'maybe';
}

/** How a value may be undefined (see the module comment). */
export function undefinedness(v: N | undefined, depth = 0): Undefinedness {
  const u = unwrap(v);
  if (!u || depth > 8) return 'never';
  if (isUndefined(u)) return 'always';
  if (u.type === 'ternary_expression') return either(undefinedness(field(u, 'consequence'), depth + 1), undefinedness(field(u, 'alternative'), depth + 1));
  if (u.type === 'member_expression') {
    if (field(u, 'optional_chain')) return 'maybe';
    const prop = field(u, 'property');
    const obj = unwrap(field(u, 'object'));
    if (!prop || !obj) return 'never';
    if (obj.type === 'object') {
      // A spread or an unreadable member may set it: counted as defined (precision first).
      const value = literalValue(obj, text(prop));
      return value === undefined ? 'never' : value === null ? 'always' : undefinedness(value, depth + 1);
    }
    if (obj.type === 'identifier') {
      const t = paramTypeNode(obj);
      if (t && optionalProperty(t, text(prop))) return 'maybe';
      // `params = {}`: a caller passing nothing leaves every property undefined.
      const dv = unwrap(paramDefault(obj));
      // literalValue() gives null for a key the literal lacks.
      return dv?.type === 'object' && literalValue(dv, text(prop)) === null ? 'maybe' : 'never';
    }
    return 'never';
  }
  if (u.type === 'identifier' || u.type === 'shorthand_property_identifier') {
    let local;
    try {
      local = lookupName(u);
    } catch (e) {
      // A name only the folder index can show: the cross-function pass reads it again.
      if (e instanceof Dynamic && !(e instanceof NeedsIndex)) return 'never';
      throw e;
    }
    if (local?.kind === 'const') return undefinedness(local.value, depth + 1);
    return optionalBinding(u) ? 'maybe' : 'never';
  }
  return 'never';
}

/** The default value of the parameter `id` names (`params = {}`, TypeScript or JavaScript), in the nearest function declaring it. */
function paramDefault(id: N): N | undefined {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (!FUNCTION_NODES.has(p.type)) continue;
    for (const q of kids(field(p, 'parameters') ?? p)) {
      const left = q.type === 'assignment_pattern' ? field(q, 'left') : field(q, 'pattern');
      if (left?.type === 'identifier' && text(left) === name) return q.type === 'assignment_pattern' ? field(q, 'right') : field(q, 'value');
    }
    if (field(p, 'parameter') && text(field(p, 'parameter')!) === name) return undefined;
  }
  return undefined;
}

/** The parameter declaring `id` in an enclosing function, and its pattern. */
function declaringParam(id: N): { param: N; pattern: N } | undefined {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (!FUNCTION_NODES.has(p.type)) continue;
    const ps = field(p, 'parameters');
    for (const q of ps ? kids(ps) : []) {
      const pat = field(q, 'pattern');
      if (!pat) continue;
      if (pat.type === 'identifier' && text(pat) === name) return { param: q, pattern: pat };
      if (pat.type === 'object_pattern' && kids(pat).some((k) => (k.type === 'shorthand_property_identifier_pattern' && text(k) === name) || (k.type === 'object_assignment_pattern' && text(field(k, 'left') ?? k) === name))) {
        return { param: q, pattern: pat };
      }
    }
    // Declared by an enclosing function: not a parameter of this one.
    if (ps && new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(ps))) return undefined;
  }
  return undefined;
}

/** The type node a parameter named by `id` is annotated with. */
function paramTypeNode(id: N): N | undefined {
  const d = declaringParam(id);
  if (!d || d.pattern.type !== 'identifier') return undefined;
  const t = field(d.param, 'type');
  return t ? kids(t)[0] : undefined;
}

/** `since?: Date`, `since: Date | undefined`, `{ since }: LeadQuery` with an optional `since`. */
function optionalBinding(id: N): boolean {
  const d = declaringParam(id);
  if (!d) return false;
  const t = field(d.param, 'type');
  const ty = t ? kids(t)[0] : undefined;
  if (d.pattern.type === 'identifier') {
    if (d.param.type === 'optional_parameter') return true;
    const dv = field(d.param, 'value');
    if (dv && isUndefined(dv)) return true;
    return !!ty && ty.type === 'union_type' && kids(ty).some((k) => /^\s*undefined\s*$/.test(text(k)));
  }
  // A destructured name: its property in the parameter's type (a default value makes it defined).
  const name = text(id);
  if (kids(d.pattern).some((k) => k.type === 'object_assignment_pattern' && text(field(k, 'left') ?? k) === name)) return false;
  return !!ty && optionalProperty(ty, name);
}

/** Whether a type declares `name` as an optional property: an object type, a same-file interface or type alias, `Partial<T>`. */
function optionalProperty(ty: N, name: string, depth = 0): boolean {
  if (depth > 4) return false;
  if (ty.type === 'object_type' || ty.type === 'interface_body') {
    for (const s of kids(ty)) {
      if (s.type !== 'property_signature') continue;
      const n = field(s, 'name');
      if (!n || text(n) !== name) continue;
      const t = field(s, 'type');
      const between = s.src.slice(n.end, t ? t.start : s.end);
      const tt = t ? kids(t)[0] : undefined;
      return between.includes('?') || (!!tt && tt.type === 'union_type' && kids(tt).some((k) => /^\s*undefined\s*$/.test(text(k))));
    }
    return false;
  }
  if (ty.type === 'generic_type') {
    const n = field(ty, 'name');
    if (n && text(n) === 'Partial') return true;
    return false;
  }
  if (ty.type === 'type_identifier') {
    const decl = typeDeclaration(ty, text(ty));
    return !!decl && optionalProperty(decl, name, depth + 1);
  }
  if (ty.type === 'intersection_type') return kids(ty).some((k) => optionalProperty(k, name, depth + 1));
  return false;
}

/** The body of an interface or object type alias named `name` at the top level of the tree holding `at`. */
function typeDeclaration(at: N, name: string): N | undefined {
  let root = at;
  while (root.parent) root = root.parent;
  // The file scan holds one top-level statement at a time: the cross-function pass sees the file.
  if (root.type !== 'program') {
    if (!resolvers.length) throw new NeedsIndex(`type ${name}`);
    return undefined;
  }
  for (const st of kids(root)) {
    const d = st.type === 'export_statement' ? field(st, 'declaration') : st;
    if (!d || (d.type !== 'interface_declaration' && d.type !== 'type_alias_declaration')) continue;
    const n = field(d, 'name');
    if (!n || text(n) !== name) continue;
    const body = d.type === 'interface_declaration' ? field(d, 'body') : field(d, 'value');
    return body;
  }
  return undefined;
}

/**
 * Objection after `skipUndefined()`: a `where…` call given an undefined argument is not added, and
 * an undefined property of a condition object is left out. The chain as written (conditions that
 * are certainly undefined removed) and, when some value may be undefined, the chain without those
 * conditions too: that path runs when the values are undefined.
 */
export function skipUndefinedVariants(v: Link[]): Link[][] {
  const at = v.findIndex((l) => l.kind === 'prop' && l.name === 'skipUndefined');
  if (at < 0) return [v];
  const full: Link[] = [];
  const min: Link[] = [];
  let optional = false;
  for (let i = 0; i < v.length; i++) {
    const l = v[i]!;
    const c = v[i + 1];
    if (i <= at || l.kind !== 'prop' || c?.kind !== 'call' || !/^(or|and)?(where|Where)\w*$/.test(l.name)) {
      full.push(l);
      min.push(l);
      continue;
    }
    i++;
    const states = c.args.map((a) => undefinedness(a));
    if (states.includes('always')) continue;
    const obj = c.args.length === 1 ? unwrap(c.args[0]) : undefined;
    if (obj?.type === 'object') {
      const keep = (drop: readonly Undefinedness[]): Link => {
        const children = obj.children.filter((k) => !((k.type === 'pair' || k.type === 'shorthand_property_identifier') && drop.includes(undefinedness(k.type === 'pair' ? field(k, 'value') : k))));
        return { ...c, args: [{ ...obj, children }] };
      };
      const a = keep(['always']);
      const b = keep(['always', 'maybe']);
      full.push(l, a);
      min.push(l, b);
      if (a.kind === 'call' && b.kind === 'call' && unwrap(a.args[0])!.children.length !== unwrap(b.args[0])!.children.length) optional = true;
      continue;
    }
    full.push(l, c);
    if (states.includes('maybe')) optional = true;
    else min.push(l, c);
  }
  return optional ? [full, min] : [full];
}
