/**
 * Sequelize beyond `Model.finder({ where })`: scopes (`Lead.scope('recent')`, `Lead.scope({
 * method: ['byCompany', c] })`, the default scope), `sequelize.where(fn('date', col('created_at')),
 * day)`, and instances: writes by primary key (`lead.update(…)`, `save`, `destroy`, `reload` send
 * `… WHERE "id" = $1`) and association getters (`lead.getOutputs(…)` reads `agent_outputs WHERE
 * lead_id = $1`). An instance's model comes from a typed parameter or the finder that loaded it.
 */
import { destructuredType, objectTypeMembers } from './sequelize-destructured-instances';
import { bindings, declaratorBefore, dottedName, field, flattenChain, kids, stringValue, text, unwrap, type Link, type N } from './ast';
import { columnOf, sequelizePluralize, type ModelInfo, type ModelRegistry, type SequelizeAssociation } from './models';
import { Dynamic, Params, joinAnd, ormQuery, qi, type OrmQuery } from './sqlgen';
import { callbackInstanceModel, type InstanceLookup } from './sequelize-callback-instances';
import { ownMethodOf, returnedValues } from './own-returns';

type Read = (obj: N) => string | null;

/** The function a scope or helper value is, and the one expression it returns. */
function returned(fn: N): N | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'statement_block') return body;
  const rets = kids(body).filter((s) => s.type === 'return_statement');
  return rets.length === 1 ? kids(rets[0]!)[0] : undefined;
}

function paramList(fn: N): string[] {
  const single = field(fn, 'parameter');
  if (single) return [text(single)];
  return kids(field(fn, 'parameters') ?? fn).map((p) => {
    const pat = field(p, 'pattern') ?? p;
    return pat.type === 'identifier' ? text(pat) : '';
  });
}

/** The `where` of one scope value (an object, or a function called with `args`). */
function scopeWhere(v: N, args: readonly N[], read: Read): string | null {
  const u = unwrap(v);
  if (!u) throw new Dynamic('scope not visible', 'unseen');
  const isFn = ['arrow_function', 'function_expression', 'function', 'method_definition'].includes(u.type);
  const mark = bindings.length;
  try {
    let obj = u;
    if (isFn) {
      const bound = new Map<string, N>();
      paramList(u).forEach((p, i) => {
        if (p && args[i]) bound.set(p, args[i]!);
      });
      bindings.push({ fn: u, args: bound, used: 0 });
      const r = unwrap(returned(u));
      if (!r) throw new Dynamic('scope function not visible', 'unseen');
      obj = r;
    }
    if (obj.type !== 'object') throw new Dynamic('scope not an object', 'unseen');
    const w = kids(obj).find((c) => c.type === 'pair' && text(field(c, 'key') ?? c) === 'where');
    if (!w && kids(obj).some((c) => c.type === 'spread_element')) throw new Dynamic('scope spread', 'unseen');
    const wv = w ? unwrap(field(w, 'value')) : undefined;
    if (w && wv?.type !== 'object') throw new Dynamic('scope where not visible', 'unseen');
    return wv ? read(wv) : null;
  } finally {
    bindings.splice(mark);
  }
}

/**
 * The conditions scopes add to a finder: the default scope when none is chosen, nothing after
 * `unscoped()`, else each scope named in `scope(…)` (Sequelize ANDs their `where`s with the finder's).
 */
export function scopeConditions(model: ModelInfo, scopeCall: Extract<Link, { kind: 'call' }> | undefined, unscoped: boolean, read: Read): (string | null)[] {
  if (unscoped) return [];
  if (!scopeCall) return model.defaultScope ? [scopeWhere(model.defaultScope, [], read)] : [];
  const items = scopeCall.args.flatMap((a) => {
    const u = unwrap(a);
    return u?.type === 'array' ? kids(u) : [a];
  });
  return items.map((it) => {
    const u = unwrap(it);
    // `scope(ScopeNames.RECENT)`: an enum member names the scope its `@Scopes` computed key names.
    const member = u?.type === 'member_expression' ? dottedName(u)?.join('.') : undefined;
    const name = stringValue(u) ?? (member !== undefined && model.scopes?.has(member) ? member : undefined);
    if (name !== undefined) {
      const v = name === 'defaultScope' ? model.defaultScope : model.scopes?.get(name);
      if (!v) throw new Dynamic(`scope ${name} not known`);
      return scopeWhere(v, [], read);
    }
    if (u?.type === 'object') {
      const m = kids(u).find((c) => c.type === 'pair' && text(field(c, 'key') ?? c) === 'method');
      const arr = m ? unwrap(field(m, 'value')) : undefined;
      const parts = arr?.type === 'array' ? kids(arr) : [];
      const sname = stringValue(parts[0]);
      const v = sname !== undefined ? model.scopes?.get(sname) : undefined;
      if (!v) throw new Dynamic('scope method not known');
      return scopeWhere(v, parts.slice(1), read);
    }
    throw new Dynamic('scope not visible', 'unseen');
  });
}

/** SQL of `fn('date', col('created_at'))`, `col('x')`, `cast(x, 'date')`; undefined when not such a call. */
function seqExpr(n: N | undefined, params: Params): string {
  const u = unwrap(n);
  if (!u) throw new Dynamic('expression not visible', 'unseen');
  const s = stringValue(u);
  if (s !== undefined) return params.next();
  if (u.type !== 'call_expression') return params.next();
  const fn = text(field(u, 'function') ?? u).split('.').pop();
  const args = kids(field(u, 'arguments') ?? u);
  if (fn === 'col') {
    const c = stringValue(args[0]);
    if (c === undefined) throw new Dynamic('col not visible', 'unseen');
    return c.split('.').map((x) => qi(x)).join('.');
  }
  if (fn === 'fn') {
    const name = stringValue(args[0]);
    if (name === undefined || !/^[A-Za-z_][\w.]*$/.test(name)) throw new Dynamic('fn not visible', 'unseen');
    return `${name}(${args.slice(1).map((a) => seqExpr(a, params)).join(', ')})`;
  }
  if (fn === 'cast') {
    const t = stringValue(args[1]);
    if (t === undefined || !/^[\w ]+$/.test(t)) throw new Dynamic('cast not visible', 'unseen');
    return `CAST(${seqExpr(args[0], params)} AS ${t})`;
  }
  throw new Dynamic(`${fn ?? 'call'} in where`);
}

/** `sequelize.where(lhs, value)` → `lhs op $n`; undefined when `u` is not such a call. */
export function whereCall(u: N, params: Params, value: (col: string, v: N, params: Params) => string | null): string | null | undefined {
  if (u.type !== 'call_expression') return undefined;
  const fn = text(field(u, 'function') ?? u);
  const args = kids(field(u, 'arguments') ?? u);
  // `where` imported under another name (`where as sqlWhere`): only with `fn`/`col`/`cast` on the left.
  const a0 = unwrap(args[0]);
  const lhsCall = a0?.type === 'call_expression' && /(?:^|\.)(?:fn|col|cast)$/.test(text(field(a0, 'function') ?? a0));
  if (!/^(?:[\w$]+\.)?where$/.test(fn) && !(/^[\w$]*Where$/.test(fn) && lhsCall)) return undefined;
  if (args.length !== 2) throw new Dynamic('where() form not visible', 'unseen');
  const lhs = seqExpr(args[0], params);
  const v = unwrap(args[1]);
  if (!v) throw new Dynamic('where() value');
  return value(lhs, v, params);
}

// ---------------------------------------------------------------------------------------------
// Instances

const WRITES = new Set(['update', 'save', 'destroy', 'reload', 'increment', 'decrement', 'restore']);
const LOADERS = new Set(['findOne', 'findByPk', 'create', 'findOrFail', 'reload']);
const MAX_OWN_DEPTH = 3;
const INSTANCE_ONLY = /^(?:save|reload|(?:get|count)[A-Z][\w$]*)$/;

/**
 * The model of an instance held in `name` at `at`, from evidence only: a parameter's declared type
 * (`lead: Lead`, a type alias of the file `type LeadWithOutputs = Lead & {…}` through `aliases`),
 * a variable's declared type, or the finder that loaded it (`Lead.findOne(…)`, an injected
 * `this.leadModel.findByPk(…)`). A variable named after a model is read as that model only when
 * the name is unambiguous (one Sequelize model of that name and no model of another ORM).
 */
function instanceModel(at: N, name: string, registry: ModelRegistry, local: readonly ModelInfo[], aliases?: ReadonlyMap<string, string>, depth = 0): ModelInfo | undefined {
  const typed = (t: N | undefined): string | undefined => (t ? /^\s*:?\s*([\w$]+)\s*(?:\|\s*(?:null|undefined)\s*)*$/.exec(text(t))?.[1] : undefined);
  const model = (tn: string): ModelInfo | undefined => registry.find('sequelize', aliases?.get(tn) ?? tn, local);
  // `(campaign as Campaign & { getLeads(…): … }).getLeads(…)`: the type the code asserts.
  const cast = at.parent?.type === 'as_expression' ? at.parent.children.find((c) => c !== at && c.type !== 'comment') : undefined;
  const asserted = cast ? /^\s*([\w$]+)\s*(?:&|$)/.exec(text(cast))?.[1] : undefined;
  if (asserted) return model(asserted);
  // An untyped callback parameter: the instance a finder's promise or a helper hands it (sequelize-callback-instances.ts).
  const look: InstanceLookup = {
    model: (n) => (n.startsWith('this.') ? (aliases?.get(n) !== undefined ? registry.find('sequelize', aliases.get(n)!, local) : undefined) : model(n)),
    instanceAt: (id, d) => instanceModel(id, text(id), registry, local, id.src === at.src ? aliases : undefined, d + 1),
  };
  for (let p = at.parent; p; p = p.parent) {
    const single = field(p, 'parameter');
    if (single?.type === 'identifier' && text(single) === name) return callbackInstanceModel(p, 0, namedModel(name, registry, local) !== undefined, look, depth);
    const ps = field(p, 'parameters');
    if (ps) {
      for (const [idx, q] of kids(ps).entries()) {
        const pat = field(q, 'pattern');
        const dt = pat?.type === 'object_pattern' ? destructuredType(q, name, aliases) : undefined;
        if (dt) return model(dt);
        if (pat?.type !== 'identifier' || text(pat) !== name) continue;
        const tn = typed(field(q, 'type'));
        if (!tn) return callbackInstanceModel(p, idx, namedModel(name, registry, local) !== undefined, look, depth);
        // A type declared in another file: read as the model only when parameter and type are both named after it.
        return model(tn) ?? (aliases?.has(tn) ? undefined : aliasModel(name, tn, registry));
      }
    }
    const d = p.type === 'statement_block' ? declaratorBefore(p, name, at.start) : undefined;
    if (!d) continue;
    const tn = typed(field(d, 'type')) ?? assertedType(field(d, 'value'));
    if (tn) return model(tn);
    return loadedModel(field(d, 'value') ?? d, name, registry, local, aliases, depth);
  }
  return undefined;
}

/** The model of the instance a value loads (`await Lead.findOne(…)`, `await this.leadModel.findByPk(…)`, an own helper's return). */
function loadedModel(value: N, name: string, registry: ModelRegistry, local: readonly ModelInfo[], aliases: ReadonlyMap<string, string> | undefined, depth: number): ModelInfo | undefined {
  const model = (tn: string): ModelInfo | undefined => registry.find('sequelize', aliases?.get(tn) ?? tn, local);
  const links = flattenChain(value);
  const r0 = links[0];
  const viaThis = r0?.kind === 'root' && r0.name === 'this' && links[1]?.kind === 'prop' && links.length === 4;
  const m = links[links.length - 2];
  // `await Lead.loadByIdAndUser(…)`: a static method of the model that returns one of its instances.
  const own = r0?.kind === 'root' && m?.kind === 'prop' && links.length === 3 && links[2]?.kind === 'call' && !LOADERS.has(m.name) ? model(r0.name) : undefined;
  if (own) return own.loaders?.has(m!.kind === 'prop' ? m!.name : '') ? own : undefined;
  // `await this.getLead(id)`: a method of the same class whose every return is an instance of one model.
  if (r0?.kind === 'root' && r0.name === 'this' && m?.kind === 'prop' && links.length === 3 && links[2]?.kind === 'call' && !LOADERS.has(m.name) && depth < MAX_OWN_DEPTH) {
    const method = ownMethodOf(r0.node, m.name);
    const values = method ? returnedValues(method) : undefined;
    let out: ModelInfo | undefined;
    for (const v of values ?? []) {
      const u = unwrap(v);
      const got = u?.type === 'identifier' ? instanceModel(u, text(u), registry, local, aliases, depth + 1) : loadedModel(v, '', registry, local, aliases, depth + 1);
      if (!got || (out && out.table !== got.table)) return undefined;
      out = got;
    }
    return out;
  }
  if (r0?.kind !== 'root' || m?.kind !== 'prop' || !LOADERS.has(m.name) || links[links.length - 1]?.kind !== 'call' || (links.length !== 3 && !viaThis)) return undefined;
  if (viaThis) {
    const injected = links[1]?.kind === 'prop' ? aliases?.get(`this.${links[1].name}`) : undefined;
    return injected ? registry.find('sequelize', injected, local) : undefined;
  }
  return model(r0.name) ?? (name ? namedModel(name, registry, local) : undefined);
}

/**
 * The type a declaration's value asserts (`res.locals.lead as LeadModel`, `<Lead>req.lead`, also
 * under `await` or parentheses): Express middlewares hand loaded records to handlers this way.
 */
function assertedType(value: N | undefined): string | undefined {
  let v = value;
  while (v && (v.type === 'parenthesized_expression' || v.type === 'await_expression' || v.type === 'non_null_expression')) v = v.children.find((c) => c.type !== 'comment' && c.type !== 'await' && c.type !== '(' && c.type !== ')' && c.type !== '!');
  if (v?.type !== 'as_expression' && v?.type !== 'type_assertion') return undefined;
  const t = v.type === 'as_expression' ? v.children.filter((c) => c.type !== 'comment' && c.type !== 'as').at(-1) : v.children.find((c) => c.type === 'type_arguments');
  return t ? /^\s*<?\s*([\w$]+)\s*(?:\|\s*(?:null|undefined)\s*)*>?\s*$/.exec(text(t))?.[1] : undefined;
}

/** The Sequelize model a variable is named after (`lead` → `Lead`), when no other model of any ORM has that name. */
function namedModel(name: string, registry: ModelRegistry, local: readonly ModelInfo[]): ModelInfo | undefined {
  const hits = registry.all().filter((x) => name === x.modelName.charAt(0).toLowerCase() + x.modelName.slice(1));
  return hits.length >= 1 && hits.every((x) => x.framework === 'sequelize' && x.modelName === hits[0]!.modelName) ? registry.find('sequelize', hits[0]!.modelName, local) : undefined;
}

/**
 * A type named after a model (`lead: LeadWithOutputs` where `LeadWithOutputs` is declared in another
 * file): the model, when the parameter is named after it too.
 */
function aliasModel(name: string, alias: string, registry: ModelRegistry): ModelInfo | undefined {
  const m = registry.all().find((x) => x.framework === 'sequelize' && name === x.modelName.charAt(0).toLowerCase() + x.modelName.slice(1) && new RegExp(`^${x.modelName}(?=[A-Z]|$)`).test(alias));
  return m ? registry.find('sequelize', m.modelName) : undefined;
}

/**
 * Type aliases and interfaces of a file that stand for one named type (`type LeadWithOutputs = Lead &
 * { getOutputs(): … }`, `type LeadRow = InstanceType<typeof Lead>`, `interface LeadDoc extends Lead {}`):
 * alias → type name, read from the text (such declarations are not scanned units).
 */
export function typeAliases(src: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!/\b(?:type|interface)\s/.test(src)) return out;
  const re = /^[ \t]*(?:export\s+)?(?:declare\s+)?(?:type\s+([A-Za-z_$][\w$]*)\s*=\s*(?:InstanceType\s*<\s*typeof\s+)?([A-Za-z_$][\w$]*)\b(?!\s*[<.])|interface\s+([A-Za-z_$][\w$]*)\s+extends\s+([A-Za-z_$][\w$]*)\b(?!\s*[<.]))/gm;
  for (const m of src.matchAll(re)) {
    const alias = m[1] ?? m[3];
    const target = m[2] ?? m[4];
    if (alias && target && alias !== target) out.set(alias, target);
  }
  for (const [k, v] of objectTypeMembers(src)) out.set(k, v);
  return out;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The association an accessor (`getOutputs`, `countOutputs`, `getLead`) of `source` reads. */
function accessorOf(method: string, source: ModelInfo, registry: ModelRegistry): SequelizeAssociation | undefined {
  const m = /^(get|count)([A-Z][\w$]*)$/.exec(method);
  if (!m) return undefined;
  const hits = registry.associations().filter((a) => {
    if (!source.names.includes(a.source) && a.source !== source.modelName) return false;
    const plural = a.kind === 'hasMany' || a.kind === 'belongsToMany';
    const acc = a.as !== undefined ? upperFirst(a.as) : plural ? sequelizePluralize(a.target) : a.target;
    return acc === m[2];
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** Links that only wait for the promise (`.then(…).catch(…)`): the query runs at the call before them. */
function promiseTail(tail: readonly Link[]): boolean {
  if (tail.length % 2 !== 0) return false;
  for (let j = 0; j < tail.length; j += 2) {
    const l = tail[j]!;
    if (l.kind !== 'prop' || !['then', 'catch', 'finally'].includes(l.name) || tail[j + 1]?.kind !== 'call') return false;
  }
  return true;
}

/** `instance.update(…)` / `instance.getOutputs(…)` on a Sequelize instance; undefined otherwise. */
export function instanceQuery(links: readonly Link[], registry: ModelRegistry, local: readonly ModelInfo[], read: (obj: N, model: ModelInfo, params: Params) => string | null, aliases?: ReadonlyMap<string, string>): OrmQuery | undefined {
  const r0 = links[0];
  const meth = links[1];
  const call = links[2];
  if (links.length < 3 || !promiseTail(links.slice(3)) || r0?.kind !== 'root' || !r0.name || r0.name === 'this' || meth?.kind !== 'prop' || call?.kind !== 'call') return undefined;
  if (!WRITES.has(meth.name) && !/^(get|count)[A-Z]/.test(meth.name)) return undefined;
  // A name that is also a model's (`modelName: 'lead'`) is the model, except for methods only instances have.
  if (registry.find('sequelize', r0.name, local) && !INSTANCE_ONLY.test(meth.name)) return undefined;
  const model = instanceModel(r0.node, r0.name, registry, local, aliases);
  if (!model) return undefined;
  const params = new Params();
  const pkWhere = (m: ModelInfo): string => joinAnd((m.primaryKey ?? ['id']).map((k) => `${qi(m.modelName)}.${qi(columnOf(m, k))} = ${params.next()}`))!;
  const at = { start: meth.node.start, end: meth.node.end };
  if (WRITES.has(meth.name)) {
    return ormQuery('sequelize', { table: model.table, ...(model.schema !== undefined ? { schema: model.schema } : {}), alias: model.modelName, at }, pkWhere(model), { framework: 'sequelize', model: model.modelName, mode: 'instance' });
  }
  const a = accessorOf(meth.name, model, registry);
  const target = a ? registry.find('sequelize', a.target, local) : undefined;
  if (!a || !target || a.kind === 'belongsToMany') return undefined;
  let where: string | null;
  if (a.kind === 'belongsTo') where = pkWhere(target);
  else {
    const fk = a.foreignKey ?? `${model.modelName.charAt(0).toLowerCase()}${model.modelName.slice(1)}Id`;
    where = `${qi(target.modelName)}.${qi(columnOf(target, fk))} = ${params.next()}`;
  }
  const opts = unwrap(call.args[0]);
  if (opts) {
    if (opts.type !== 'object') throw new Dynamic('options not visible', 'unseen');
    const w = kids(opts).find((c) => c.type === 'pair' && text(field(c, 'key') ?? c) === 'where');
    if (!w && kids(opts).some((c) => c.type === 'spread_element')) throw new Dynamic('options spread', 'unseen');
    const wv = w ? unwrap(field(w, 'value')) : undefined;
    if (w && wv?.type !== 'object') throw new Dynamic('where not visible', 'unseen');
    if (wv) where = joinAnd([where, read(wv, target, params)]);
  }
  return ormQuery('sequelize', { table: target.table, ...(target.schema !== undefined ? { schema: target.schema } : {}), alias: target.modelName, at }, where, { framework: 'sequelize', model: target.modelName, mode: 'getter' });
}
