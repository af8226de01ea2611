/**
 * `period === MetricTimeframe.AllTime` decided when both sides are members of one TypeScript `enum`
 * (declared in the file or imported): Civitai's where helpers turn a timeframe enum into an
 * optional date (`period === AllTime ? undefined : decreaseDate(…)`), and a caller passing the
 * constant `MetricTimeframe.Week` always gets the date filter. Members are compared by their
 * literal initialisers, or by name in an enum without initialisers (each member its own number);
 * anything else (two enums, a computed member, a value we cannot read) stays unknown.
 */
import { field, kids, stringValue, text, unwrap, type N } from './ast';
import { resolvers } from './resolver-stack';

/** The `enum` a name declares at its file's top level, or imports. */
function enumNamed(id: N): N | undefined {
  let root: N = id;
  while (root.parent) root = root.parent;
  for (const st of kids(root)) {
    const d = st.type === 'export_statement' ? field(st, 'declaration') : st;
    if (d?.type === 'enum_declaration' && text(field(d, 'name') ?? d) === text(id)) return d;
  }
  const found = resolvers[resolvers.length - 1]?.lookup(text(id), id);
  return found?.node.type === 'enum_declaration' ? found.node : undefined;
}

/** What identifies an enum member's value: its literal initialiser, or its name when the enum has none. */
function memberKey(e: N, name: string): string | undefined {
  const members = kids(field(e, 'body') ?? e).filter((m) => m.type === 'enum_assignment' || m.type === 'property_identifier');
  const initialised = members.some((m) => m.type === 'enum_assignment');
  for (const m of members) {
    const n = m.type === 'enum_assignment' ? field(m, 'name') : m;
    if (!n || text(n) !== name) continue;
    if (!initialised) return `#${name}`;
    const v = m.type === 'enum_assignment' ? unwrap(field(m, 'value')) : undefined;
    if (!v) return undefined;
    const s = stringValue(v);
    if (s !== undefined) return `s:${s}`;
    return v.type === 'number' ? `n:${Number(text(v))}` : undefined;
  }
  return undefined;
}

/** The enum and value key a value holds when it is `E.Member` of a visible enum. */
function enumMember(v: N | undefined): { readonly decl: N; readonly key: string } | undefined {
  const u = unwrap(v);
  if (u?.type !== 'member_expression') return undefined;
  const obj = unwrap(field(u, 'object'));
  const prop = field(u, 'property');
  if (obj?.type !== 'identifier' || !prop) return undefined;
  const decl = enumNamed(obj);
  const key = decl ? memberKey(decl, text(prop)) : undefined;
  return decl && key ? { decl, key } : undefined;
}

/**
 * The truth of `a === E.X` / `a !== E.X` (and `==`/`!=`) when `read` gives both sides as members
 * of the same enum; undefined otherwise.
 */
export function enumComparison(u: N, read: (x: N | undefined) => N | undefined): boolean | undefined {
  if (u.type !== 'binary_expression') return undefined;
  const l = field(u, 'left');
  const r = field(u, 'right');
  const m = /^\s*(!==|!=|===|==)\s*$/.exec(u.src.slice(l?.end ?? u.start, r?.start ?? u.end));
  if (!m) return undefined;
  const a = enumMember(read(l));
  const b = a ? enumMember(read(r)) : undefined;
  if (!a || !b || a.decl.src !== b.decl.src || a.decl.start !== b.decl.start) return undefined;
  const same = a.key === b.key;
  return m[1]!.startsWith('!') ? !same : same;
}
