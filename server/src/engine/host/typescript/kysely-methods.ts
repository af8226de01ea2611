/**
 * `where(keyset.getSql(cursor, 'desc'))`: a method of an instance of a visible class that returns a
 * `sql` template (keyset paginators, filter objects). The instance is `new Keyset(ref(…), ref(…))`
 * somewhere the caller can see; its constructor's parameter properties (`public primary`) read as
 * the constructor's arguments, the method's parameters as the call's, and `if (flag) return …`
 * picks the branch the arguments decide. Anything else stays unknown.
 */
import { bindings, field, kids, stringValue, text, unwrap, type N } from './ast';
import { sqlTemplate } from './sql-tags';
import { truthOf } from './values';
import { NeedsIndex, classChain, lookupName, paramNames } from './inline';

/** The `sql` template the method call returns, with the instance and the call bound; undefined when not visible. */
export function methodTemplate(call: N): N | undefined {
  const fn = field(call, 'function');
  if (fn?.type !== 'member_expression') return undefined;
  const prop = field(fn, 'property');
  const inst = instanceOf(field(fn, 'object'));
  const ctor = inst ? field(inst, 'constructor') : undefined;
  if (!prop || !inst || ctor?.type !== 'identifier') return undefined;
  const cls = classChain(text(ctor), inst)[0];
  const method = cls?.methods.get(text(prop));
  const body = method ? field(method, 'body') : undefined;
  if (!cls || !method || body?.type !== 'statement_block') return undefined;
  const ctorArgs = kids(field(inst, 'arguments') ?? inst);
  const thisArgs = new Map<string, N>();
  const ctorFn = [...kids(field(cls.node, 'body') ?? cls.node)].find((m) => m.type === 'method_definition' && text(field(m, 'name') ?? m) === 'constructor');
  kids(ctorFn ? (field(ctorFn, 'parameters') ?? ctorFn) : cls.node).forEach((p, i) => {
    // Only parameter properties (`public primary: DbRef`) become fields without an assignment.
    const name = field(p, 'pattern');
    const a = ctorArgs[i];
    if (ctorFn && name?.type === 'identifier' && a && /^(public|private|protected|readonly)\b/.test(text(p))) thisArgs.set(`this.${text(name)}`, a);
  });
  const callArgs = kids(field(call, 'arguments') ?? call);
  const m = new Map<string, N>();
  paramNames(method).forEach((p, i) => p && callArgs[i] && callArgs[i].type !== 'spread_element' && m.set(p, callArgs[i]));
  bindings.push({ fn: cls.node, args: thisArgs, used: 0 }, { fn: method, args: m, used: 0 });
  const e = decidedReturn(kids(body));
  return e ? sqlTemplate(e) : undefined;
}

/** `new Keyset(…)` an expression holds: inline, or in a `const` the enclosing code declares. */
function instanceOf(n: N | undefined): N | undefined {
  let u = unwrap(n);
  for (let hops = 0; (u?.type === 'identifier' || u?.type === 'shorthand_property_identifier') && hops < 4; hops++) {
    const l = lookupName(u);
    const d = l?.kind === 'other' ? destructured(u) : undefined;
    u = l?.kind === 'const' ? unwrap(l.value) : d ? unwrap(d) : undefined;
  }
  return u?.type === 'new_expression' ? u : undefined;
}

/**
 * `const { keyset, tryIndex } = opts` with `opts` bound to the caller's object literal: the
 * property's value, null when the literal leaves it out (undefined, no default), undefined when not known.
 */
function destructured(id: N): N | null | undefined {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (p.type !== 'statement_block') continue;
    for (const st of kids(p)) {
      if (st.start > id.start || st.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      for (const d of kids(st)) {
        const pat = field(d, 'name');
        if (pat?.type !== 'object_pattern') continue;
        for (const k of kids(pat)) {
          const local = k.type === 'shorthand_property_identifier_pattern' ? k : k.type === 'pair_pattern' ? field(k, 'value') : k.type === 'object_assignment_pattern' ? field(k, 'left') : undefined;
          if (!local || text(local) !== name) continue;
          const key = k.type === 'pair_pattern' ? text(field(k, 'key') ?? k) : name;
          const obj = unwrap(field(d, 'value'));
          if (obj?.type !== 'object' || kids(obj).some((c) => c.type === 'spread_element')) return undefined;
          for (const c of kids(obj)) {
            if (c.type === 'shorthand_property_identifier' && text(c) === key) return c;
            if (c.type === 'pair' && text(field(c, 'key') ?? c).replace(/^['"]|['"]$/g, '') === key) return field(c, 'value') ?? undefined;
          }
          return k.type === 'object_assignment_pattern' ? undefined : null;
        }
      }
    }
  }
  return undefined;
}

/** The expression returned on the path the bound arguments decide (`if (tryIndex) return a; return b;`). */
function decidedReturn(stmts: readonly N[]): N | undefined {
  for (const st of stmts) {
    if (st.type === 'lexical_declaration' || st.type === 'comment') continue;
    if (st.type === 'return_statement') return kids(st)[0];
    if (st.type !== 'if_statement' || field(st, 'alternative')) return undefined;
    const cond = unwrap(field(st, 'condition'));
    const known = truthOf(cond) ?? (cond && (notPassed(cond) || (cond.type === 'identifier' && destructured(cond) === null)) ? false : undefined);
    if (known === undefined) return undefined;
    if (!known) continue;
    const c = field(st, 'consequence');
    return c?.type === 'statement_block' ? decidedReturn(kids(c)) : c?.type === 'return_statement' ? kids(c)[0] : undefined;
  }
  return undefined;
}

/** An optional parameter (`tryIndex?: boolean`) of a followed function its caller did not pass: undefined. */
function notPassed(id: N): boolean {
  if (id.type !== 'identifier') return false;
  for (let i = bindings.length - 1; i >= 0; i--) {
    const b = bindings[i]!;
    if (id.src !== b.fn.src || id.start < b.fn.start || id.end > b.fn.end) continue;
    const ps = field(b.fn, 'parameters');
    const p = ps ? kids(ps).find((q) => text(field(q, 'pattern') ?? q) === text(id)) : undefined;
    if (!p) continue;
    return p.type === 'optional_parameter' && !field(p, 'value') && !b.args.has(text(id));
  }
  return false;
}

/**
 * A substitution naming a local `const` that holds a `sql` fragment, or a choice of two
 * (`const op = direction === 'desc' ? sql\`<\` : sql\`>\``): the fragment the bound arguments pick,
 * or either when both are one-sided comparisons (they bound the column alike for pruning).
 */
export function fragmentOf(sub: N): N | undefined {
  const e = unwrap(kids(sub)[0]);
  if (e?.type !== 'identifier') return undefined;
  let l: ReturnType<typeof lookupName>;
  try {
    l = lookupName(e);
  } catch (err) {
    // Without the folder index a name declared elsewhere stays a value, as before.
    if (err instanceof NeedsIndex) return undefined;
    throw err;
  }
  const v = l?.kind === 'const' ? unwrap(l.value) : undefined;
  if (!v) return undefined;
  if (sqlTemplate(v)) return sqlTemplate(v);
  if (v.type !== 'ternary_expression') return undefined;
  const a = sqlTemplate(field(v, 'consequence'));
  const b = sqlTemplate(field(v, 'alternative'));
  if (!a || !b) return undefined;
  const pick = stringEquality(field(v, 'condition'));
  if (pick !== undefined) return pick ? a : b;
  const cmp = (t: N): boolean => /^`\s*(<|<=|>|>=)\s*`$/.test(text(t));
  return cmp(a) && cmp(b) ? a : undefined;
}

/** `x === 'lit'` / `x !== 'lit'` with `x` bound to a string literal; undefined when not known. */
function stringEquality(cond: N | undefined): boolean | undefined {
  const u = unwrap(cond);
  if (u?.type !== 'binary_expression') return undefined;
  const op = u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end).trim();
  const l = stringValue(unwrap(field(u, 'left')));
  const r = stringValue(unwrap(field(u, 'right')));
  if (l === undefined || r === undefined || !/^(===|==|!==|!=)$/.test(op)) return undefined;
  return (l === r) === op.startsWith('=');
}
