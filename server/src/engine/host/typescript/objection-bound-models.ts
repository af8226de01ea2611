/**
 * Objection model classes held by an object's members. Objection binds a model class to a knex
 * instance with `Model.bindKnex(knex)` (a subclass on that connection), and applications keep the
 * bound classes on a service that is injected everywhere (fxa's `DatabaseService`: `this.account =
 * Account.bindKnex(this.knex)`, read as `this.db.account.query()`) or hand one out from a getter
 * (`get model() { return Contact.bindKnex(this.knex) }`, read as `this.model.query()`). A member
 * typed `typeof Lead` / `ModelClass<Lead>`, or given `Lead`, `Lead.bindKnex(…)` or
 * `Lead.bindTransaction(…)` in its initializer, the constructor or a getter, holds the model `Lead`.
 *
 * The paths that read such members (`this.lead`, `this.db.lead`, `db.lead` of a parameter typed with
 * the service's class) become aliases of the model, so the query translators read them as the model.
 */
import { field, kids, text, unwrap, visit, type N } from './ast';
import { isGetter, type ClassInfo, type ModuleInfo } from './modinfo';
import type { TsIndex } from './workspace';
import { memoPerGeneration } from '../generation-memo';

const MODEL_TYPE = /^\s*(?:typeof\s+([\w$]+)|ModelClass\s*<\s*([\w$]+)\s*>)\s*$/;
const BINDERS = new Set(['bindKnex', 'bindTransaction']);

/** The class name a value gives a member: `Lead`, `Lead.bindKnex(knex)`, `Lead.bindTransaction(trx)`. */
function boundClass(v: N | undefined): string | undefined {
  const u = unwrap(v);
  if (u?.type === 'identifier') return text(u);
  const fn = u?.type === 'call_expression' ? unwrap(field(u, 'function')) : undefined;
  if (fn?.type !== 'member_expression' || !BINDERS.has(text(field(fn, 'property') ?? fn))) return undefined;
  const obj = unwrap(field(fn, 'object'));
  return obj?.type === 'identifier' ? text(obj) : undefined;
}

/** `this.<name> = value` statements of a constructor body → the values, by member name. */
function constructorAssignments(ctor: N | undefined): Map<string, N[]> {
  const out = new Map<string, N[]>();
  const body = ctor ? field(ctor, 'body') : undefined;
  if (!body) return out;
  for (const st of kids(body)) {
    const e = st.type === 'expression_statement' ? kids(st)[0] : undefined;
    const left = e?.type === 'assignment_expression' ? field(e, 'left') : undefined;
    if (left?.type !== 'member_expression' || field(left, 'object')?.type !== 'this') continue;
    const name = text(field(left, 'property') ?? left);
    out.set(name, [...(out.get(name) ?? []), field(e!, 'right')!]);
  }
  return out;
}

/** The one `return` value of a getter's body, if it has exactly one. */
function getterReturn(m: N): N | undefined {
  const body = field(m, 'body');
  const rets = body ? kids(body).filter((s) => s.type === 'return_statement') : [];
  return rets.length === 1 && kids(body!).length === 1 ? kids(rets[0]!)[0] : undefined;
}

/** Per class, per registry version. */
const memo = memoPerGeneration<ClassInfo, 'members', ReadonlyMap<string, string>>();

/** Member name → Objection model name of the members of class `cls` (declared in `file`) that hold a model class. */
export function modelMembers(index: TsIndex, file: string, cls: ClassInfo): ReadonlyMap<string, string> {
  return memo.get(cls, index.registry.version, 'members', () => modelMembersOf(index, file, cls));
}

function modelMembersOf(index: TsIndex, file: string, cls: ClassInfo): ReadonlyMap<string, string> {
  const members = new Map<string, string>();
  const model = (name: string | undefined): string | undefined => {
    const r = name ? index.resolveName(file, name) : undefined;
    return r?.kind === 'class' && index.registry.find('objection', r.cls.name) ? r.cls.name : undefined;
  };
  const assigned = constructorAssignments(cls.methods.get('constructor'));
  for (const [name, f] of cls.fields) {
    const m = f.type !== undefined ? MODEL_TYPE.exec(f.type) : null;
    const typed = m ? model(m[1] ?? m[2]) : undefined;
    const values = [...(f.init ? [f.init] : []), ...(assigned.get(name) ?? [])];
    const given = values.map((v) => model(boundClass(v)));
    // Every value given must be the same model (or the member's type says it alone).
    const all = new Set([...(typed ? [typed] : []), ...given]);
    if (all.size === 1 && !all.has(undefined)) members.set(name, [...all][0]!);
  }
  for (const [name, vals] of assigned) {
    if (cls.fields.has(name)) continue;
    const all = new Set(vals.map((v) => model(boundClass(v))));
    if (all.size === 1 && !all.has(undefined)) members.set(name, [...all][0]!);
  }
  for (const [name, m] of cls.methods) {
    const e = isGetter(m) ? model(boundClass(getterReturn(m))) : undefined;
    if (e) members.set(name, e);
  }
  return members;
}

const known = memoPerGeneration<object, 'objection', boolean>();

/** Whether the registry knows any Objection model (else nothing here can apply), once per registry version. */
function hasObjection(index: TsIndex): boolean {
  return known.get(index.registry, index.registry.version, 'objection', () => index.registry.all().some((m) => m.framework === 'objection'));
}

/**
 * Paths of `file` that read a model-holding member → the model: `this.<member>` in the class that
 * declares it, `this.<field>.<member>` through a field typed with such a class, `<param>.<member>`
 * through a parameter typed with one. A parameter name typed with two different classes is left out.
 */
export function boundModelPaths(index: TsIndex, file: string, info: ModuleInfo): Map<string, string> {
  const out = new Map<string, string>();
  if (!hasObjection(index)) return out;
  const classOf = (t: string | undefined): { file: string; cls: ClassInfo } | undefined => (t !== undefined && /^\s*[\w$]+\s*$/.test(t) ? index.typeClass(file, t, info) : undefined);
  for (const cls of info.classes.values()) {
    for (const [m, model] of modelMembers(index, file, cls)) out.set(`this.${m}`, model);
    for (const [f, fi] of cls.fields) {
      const d = classOf(fi.type);
      if (d && d.cls !== cls) for (const [m, model] of modelMembers(index, d.file, d.cls)) out.set(`this.${f}.${m}`, model);
    }
  }
  const dropped = new Set<string>();
  visit(info.root, (n) => {
    if (n.type !== 'required_parameter' && n.type !== 'optional_parameter') return undefined;
    const p = field(n, 'pattern');
    const t = field(n, 'type');
    const d = p?.type === 'identifier' && t ? classOf(text(t).replace(/^\s*:\s*/, '')) : undefined;
    if (!d) return false;
    for (const [m, model] of modelMembers(index, d.file, d.cls)) {
      const key = `${text(p!)}.${m}`;
      if (out.has(key) && out.get(key) !== model) dropped.add(key);
      out.set(key, model);
    }
    return false;
  });
  for (const k of dropped) out.delete(k);
  return out;
}
