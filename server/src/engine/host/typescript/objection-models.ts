/**
 * Objection.js models read from their class: the table, the relations' joins and the modifiers,
 * whether the class declares them as statics (`static tableName = 'leads'`) or a class decorator
 * writes those statics from its options (objection-table-decorators.ts).
 */
import { field, flattenChain, kids, stringValue, text, unwrap, type Link, type N } from './ast';
import { objectProps } from './values';
import { classInfo, isGetter, type ClassInfo } from './modinfo';
import type { ModelInfo } from './models';

/**
 * An Objection.js model: a class that extends another (`Model`, a `BaseModel`) and names its
 * table in `static tableName = 'leads'` or `static get tableName() { return 'leads'; }`.
 * `relationMappings` with a `join: { from: 'leads.id', to: 'agent_outputs.lead_id' }` tell which
 * table a relation reads.
 */
export function objectionEntity(cls: N): ModelInfo | undefined {
  const info = classInfo(cls);
  if (!info?.extends) return undefined;
  const table = stringValue(unwrap(info.statics.get('tableName')));
  if (table === undefined) return undefined;
  return objectionModelOf(info, table, info.statics.get('relationMappings'), info.statics.get('modifiers'));
}

/** The model of class `info` on `table` (`schema.table` names a schema) with the given relation mappings and modifiers. */
export function objectionModelOf(info: ClassInfo, table: string, relationMappings: N | undefined, modifiersNode: N | undefined): ModelInfo {
  const parts = table.split('.');
  const joins = new Map<string, { table: string; column: string; ownColumn: string }>();
  let rm = unwrap(relationMappings);
  if (rm && (rm.type === 'arrow_function' || rm.type === 'function_expression')) rm = unwrap(field(rm, 'body'));
  if (rm?.type === 'object') {
    for (const p of objectProps(rm).props) {
      const v = unwrap(p.value);
      if (v?.type !== 'object') continue;
      const jp = objectProps(v).props.find((q) => q.key === 'join');
      const j = unwrap(jp?.value);
      if (j?.type !== 'object') continue;
      const jprops = objectProps(j).props;
      // Relations through a join table are read in two steps: not followed.
      if (jprops.some((q) => q.key === 'through')) continue;
      const from = stringValue(unwrap(jprops.find((q) => q.key === 'from')?.value));
      const to = stringValue(unwrap(jprops.find((q) => q.key === 'to')?.value));
      if (!from || !to) continue;
      const [a, b] = from.split('.')[0] === parts[parts.length - 1] ? [from, to] : [to, from];
      const own = a.split('.');
      const other = b.split('.');
      if (own.length !== 2 || other.length !== 2) continue;
      joins.set(p.key, { table: other[0]!, column: other[1]!, ownColumn: own[1]! });
    }
  }
  const modifiers = objectionModifiers(unwrap(modifiersNode));
  const queryGetters = new Set([...info.methods].filter(([, m]) => isGetter(m) && /\.\$?(?:relatedQuery|query)\s*\(/.test(text(m))).map(([n]) => n));
  return {
    framework: 'objection',
    ...(queryGetters.size ? { queryGetters } : {}),
    ...(modifiers.size ? { modifiers } : {}),
    names: [info.name],
    modelName: info.name,
    table: parts[parts.length - 1]!,
    ...(parts.length === 2 ? { schema: parts[0]! } : {}),
    columns: new Map(),
    relations: new Set(joins.keys()),
    compoundKeys: new Map(),
    naming: 'as-is',
    joins,
  };
}

/**
 * `static modifiers = { recent(query) { query.where(…); }, byCompany: (q, c) => q.where(…) }`:
 * each modifier's calls on its builder parameter, in order. A modifier that does anything else
 * is left out (`modify` of it is then not judged).
 */
function objectionModifiers(obj: N | undefined): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  if (obj?.type !== 'object') return out;
  for (const m of kids(obj)) {
    let name: string | undefined;
    let fn: N | undefined;
    if (m.type === 'method_definition') {
      name = text(field(m, 'name') ?? m);
      fn = m;
    } else if (m.type === 'pair') {
      name = text(field(m, 'key') ?? m);
      fn = unwrap(field(m, 'value'));
    }
    if (!name || !fn || !['method_definition', 'arrow_function', 'function_expression'].includes(fn.type)) continue;
    const ps = field(fn, 'parameters') ?? field(fn, 'parameter');
    const first = ps ? (ps.type === 'identifier' ? ps : kids(ps)[0]) : undefined;
    const param = first ? text(field(first, 'pattern') ?? first) : '';
    const body = unwrap(field(fn, 'body'));
    if (!param || !body) continue;
    const exprs: N[] = [];
    let ok = true;
    if (body.type === 'statement_block') {
      for (const st of kids(body)) {
        const e = st.type === 'expression_statement' || st.type === 'return_statement' ? kids(st)[0] : undefined;
        if (e) exprs.push(e);
        else if (st.type !== 'return_statement') ok = false;
      }
    } else exprs.push(body);
    const links: Link[] = [];
    for (const e of exprs) {
      const l = flattenChain(e);
      if (l[0]?.kind !== 'root' || l[0].name !== param) ok = false;
      else links.push(...l.slice(1));
    }
    if (ok) out.set(name, links);
  }
  return out;
}
