/**
 * What a chain calls, for the follow pass (split from follow.ts): `baseKind` (the client or model
 * a chain is rooted in) and `targetOf` (the function it starts by calling — a plain function, a
 * static or instance method, a method of a base class or of an object of functions), with the
 * class-chain helpers they use. No module-level state.
 */
import { objectMethod, thisObjectMethod } from './objects';
import { declaratorOf, field, kids, modelNameOf, paramType, refText, text, unwrap, visit, type Link, type N } from './ast';
import { repositoryEntity, repositoryTarget } from './entities';
import { classKey, isGetter, type ClassInfo, type FieldInfo } from './modinfo';
import { objectionModel } from './objection';
import { fileFlags, rootClient } from './queries';
import { ctxOf, type FileCtx } from './follow-ctx';
import { factoryMember } from './follow-factory';
import { lookupName, returnedExpr } from './inline';
import { attempt } from './sqlgen';
import { getterString } from './this-fields';
import { modelGetterTarget } from './objection-getters';
import { instanceThisClass } from './objection-this';
import { declaredTypeArguments, typeArgumentMembers } from './type-argument-models';
import type { TsIndex } from './workspace';
import { localFunction } from './local-functions';

const NESTED = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration', 'class', 'function']);

function enclosingClass(n: N, ctx: FileCtx): ClassInfo | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'class_declaration' || p.type === 'class' || p.type === 'abstract_class_declaration') {
      const name = classKey(p);
      return name ? ctx.info.classes.get(name) : undefined;
    }
  }
  return undefined;
}

/** Whether a `getRepository(X)` call names a known TypeORM entity. */
function repoEntityOf(call: Link, index: TsIndex): boolean {
  if (call.kind !== 'call') return false;
  const a = unwrap(repositoryTarget(call.args));
  return a?.type === 'identifier' && index.registry.find('typeorm', modelNameOf(a, text(a))) !== undefined;
}

const KYSELY_STARTS = new Set(['selectFrom', 'updateTable', 'deleteFrom']);

/** The client (or model) kind a chain is rooted in, in its own file. */
export function baseKind(links: readonly Link[], ctx: FileCtx, index: TsIndex): string | undefined {
  const known = rootClient(links, ctx.clients);
  if (known) return known;
  const r0 = links[0];
  if (r0?.kind !== 'root') return undefined;
  // `db.db.selectFrom('leads')` (a Kysely instance held by a wrapper class): `selectFrom` and its
  // siblings are Kysely's own, as the direct scan reads them whatever the root.
  if (links.some((l, i) => l.kind === 'prop' && KYSELY_STARTS.has(l.name) && links[i + 1]?.kind === 'call')) return 'kysely';
  const repoName = r0.name === 'this' ? (links[1]?.kind === 'prop' ? links[1].name : '') : r0.name;
  if (repoName && ctx.repos.has(repoName)) return 'typeorm';
  // `leadRepo().createQueryBuilder(…)`: a repository getter's call (typeorm-repo-getters.ts).
  if (r0.name !== 'this' && links[1]?.kind === 'call' && ctx.repos.has(`getter ${r0.name}`)) return 'typeorm';
  // `Lead.createQueryBuilder(…)` on an active-record entity (a static method's `this`).
  if (r0.name !== 'this' && links[1]?.kind === 'prop' && links[1].name === 'createQueryBuilder' && index.registry.find('typeorm', modelNameOf(r0.node, r0.name))) return 'typeorm';
  // `this.createQueryBuilder(…)` in a custom repository (`class LeadRepository extends Repository<Lead>`).
  if (r0.name === 'this' && ctx.repos.has('this') && links[1]?.kind === 'prop' && links[1].name === 'createQueryBuilder') return 'typeorm';
  if (links.some((l, i) => l.kind === 'prop' && l.name === 'getRepository' && links[i + 1]?.kind === 'call' && repoEntityOf(links[i + 1]!, index))) return 'typeorm';
  // `Lead.query()…`; `Lead.ofUser(id)` is a static method of the model (or a base class), followed instead.
  // `this.lead.query()` on a member holding a bound model class (objection-bound-models.ts).
  if (r0.name === 'this' && links[1]?.kind === 'prop' && links[2]?.kind === 'prop' && links[2].name === 'query' && objectionModel(`this.${links[1].name}`, index.registry, ctx.aliases)) return 'objection';
  if (r0.name !== 'this' && objectionModel(r0.name, index.registry, ctx.aliases) && !(links[1]?.kind === 'prop' && links[2]?.kind === 'call' && !/^(query|relatedQuery)$/.test(links[1].name))) return 'objection';
  // `this.$relatedQuery('leads')` in an instance method or getter of a model class (objection-this.ts).
  if (r0.name === 'this' && links[1]?.kind === 'prop' && /^\$(query|relatedQuery)$/.test(links[1].name) && objectionModel(instanceThisClass(r0.node) ?? '', index.registry)) return 'objection';
  // `lead.$query()` on an Objection model instance (objection.ts finds its model or gives up).
  if (r0.name !== 'this' && links[1]?.kind === 'prop' && links[1].name === '$query') return 'objection';
  if (r0.name !== 'this' && links[1]?.kind === 'prop' && index.registry.find('sequelize', r0.name)) return 'sequelize';
  // `db.select(…).from(inbox)` on a client whose type we cannot name (`db: Database`, an alias of a
  // helper's return type) in a file that uses Drizzle: the table names the ORM, as in the file scan.
  if (r0.name !== 'this' && fileFlags(ctx.text).hasDrizzle && drizzleTableLink(links, index)) return 'drizzle';
  if (knexByName(links, ctx)) return 'knex';
  return undefined;
}

const KNEX_STARTS = new Set(['select', 'from', 'table', 'where', 'count']);

/**
 * `knex('leads')…` or `knex.select(…).from('leads')` on a parameter or variable named `knex` that the
 * module does not bind to anything else (`async _top(knex, userId)`, handed the service's client):
 * the name is the evidence the file scan reads too, so a builder held in a local is followed alike.
 */
function knexByName(links: readonly Link[], ctx: FileCtx): boolean {
  const r0 = links[0];
  const l1 = links[1];
  if (r0?.kind !== 'root' || r0.name !== 'knex' || !l1 || ctx.info.imports.has('knex') || ctx.info.locals.has('knex')) return false;
  if (l1.kind === 'call') return ['string', 'template_string'].includes(unwrap(l1.args[0])?.type ?? '');
  return l1.kind === 'prop' && KNEX_STARTS.has(l1.name) && links[2]?.kind === 'call';
}

/** Whether a chain reads or writes a Drizzle table of the workspace (`.from(inbox)`, `.update(inbox)`, `.delete(inbox)`). */
function drizzleTableLink(links: readonly Link[], index: TsIndex): boolean {
  return links.some((l, i) => {
    const c = links[i + 1];
    if (l.kind !== 'prop' || !['from', 'update', 'delete'].includes(l.name) || c?.kind !== 'call') return false;
    const a = unwrap(c.args[0]);
    return a?.type === 'identifier' && index.registry.find('drizzle', text(a)) !== undefined;
  });
}

export interface Target {
  readonly fn: N;
  readonly ctx: FileCtx;
  readonly callee: N;
  readonly call: Extract<Link, { kind: 'call' }>;
  readonly rest: readonly Link[];
  /** The class a static method belongs to (its `this`). */
  readonly self?: string;
  /** `this.<field>` values of the instance the method runs on, per class of its chain. */
  readonly thisBinds?: readonly { readonly fn: N; readonly args: ReadonlyMap<string, N> }[];
  /** `this.<member>` → the model class it holds, named by the type argument the instance is used with. */
  readonly members?: ReadonlyMap<string, string>;
}

/** A class and its base classes (`class LeadRepository extends BaseRepository`), each with its file. */
function classChain(cls: ClassInfo, file: string, index: TsIndex, current: FileCtx): { cls: ClassInfo; ctx: FileCtx }[] {
  const out: { cls: ClassInfo; ctx: FileCtx }[] = [];
  let c: { cls: ClassInfo; file: string } | undefined = { cls, file };
  while (c && out.length < 6) {
    const ctx = ctxOf(index, c.file, current);
    if (!ctx || out.some((o) => o.cls === c!.cls)) break;
    out.push({ cls: c.cls, ctx });
    const r: ReturnType<TsIndex['resolveName']> = c.cls.extends ? index.resolveRef(c.file, c.cls.extends, ctx.info) : undefined;
    c = r?.kind === 'class' ? { cls: r.cls, file: r.file } : undefined;
  }
  return out;
}

/** A method of a class or of its nearest base class that declares it. */
function methodOf(chain: readonly { cls: ClassInfo; ctx: FileCtx }[], name: string): { fn: N; ctx: FileCtx } | undefined {
  for (const c of chain) {
    const m = c.cls.methods.get(name);
    if (m) return isGetter(m) ? undefined : { fn: m, ctx: c.ctx };
  }
  return undefined;
}

/**
 * `this.<field>` of an instance of the chain's first class: field initializers and constructor
 * parameter properties of a base class given by the subclass's `super('leads')` literal.
 */
function thisFields(chain: readonly { cls: ClassInfo; ctx: FileCtx }[]): { fn: N; args: ReadonlyMap<string, N> }[] {
  const args = new Map<string, N>();
  const getters = new Set<string>();
  for (let i = 0; i < chain.length; i++) {
    const { cls } = chain[i]!;
    for (const [name, f] of cls.fields) if (f.init && !args.has(`this.${name}`)) args.set(`this.${name}`, f.init);
    // `protected get tableName() { return 'leads'; }` overridden per subclass: the nearest class's literal.
    for (const [name, m] of cls.methods) {
      if (!isGetter(m) || getters.has(name)) continue;
      getters.add(name);
      const v = args.has(`this.${name}`) ? undefined : getterString(m);
      if (v) args.set(`this.${name}`, v);
    }
    const base = chain[i + 1]?.cls;
    const ctor = cls.methods.get('constructor');
    const baseCtor = base?.methods.get('constructor');
    if (!ctor || !baseCtor) continue;
    let sup: N | undefined;
    visit(ctor, (n) => {
      if (n.type === 'call_expression' && field(n, 'function')?.type === 'super') sup = n;
    });
    const supArgs = sup ? kids(field(sup, 'arguments') ?? sup) : [];
    const ps = field(baseCtor, 'parameters');
    (ps ? kids(ps) : []).forEach((p, k) => {
      const pat = field(p, 'pattern');
      const a = supArgs[k];
      const isField = p.children.some((c) => c.type === 'accessibility_modifier') || /^\s*readonly\b/.test(text(p));
      if (isField && pat?.type === 'identifier' && a && !args.has(`this.${text(pat)}`) && ['string', 'number', 'template_string'].includes(a.type)) args.set(`this.${text(pat)}`, a);
    });
  }
  return args.size ? chain.map((c) => ({ fn: c.cls.node, args })) : [];
}

/**
 * The workspace class a local name holds by its declared type: a typed parameter, `const s:
 * LeadService = …`, or a container lookup naming the class (`req.scope.resolve<LeadService>('…')`,
 * `moduleRef.get(LeadService)`). Undefined for anything else (a class's own methods are not guessed).
 */
export function typedLocalClass(id: N, name: string, current: FileCtx, index: TsIndex): { file: string; cls: ClassInfo } | undefined {
  const byType = (t: string | undefined): { file: string; cls: ClassInfo } | undefined => (t ? index.typeClass(current.file, t, current.info) : undefined);
  const pt = paramType(id, name);
  if (pt) return byType(pt);
  for (let p = id.parent, child: N = id; p; child = p, p = p.parent) {
    if (NESTED.has(p.type)) return undefined;
    if (p.type !== 'statement_block') continue;
    const stmts = kids(p);
    for (let i = stmts.indexOf(child) - 1; i >= 0; i--) {
      const st = stmts[i]!;
      if (st.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      const d = declaratorOf(st, name);
      if (!d) continue;
      const t = field(d, 'type');
      if (t) return byType(text(t).replace(/^\s*:\s*/, ''));
      const v = unwrap(field(d, 'value'));
      const fn = v?.type === 'call_expression' ? field(v, 'function') : undefined;
      if (!v || fn?.type !== 'member_expression' || !/^(?:resolve|get|resolveAsync)$/.test(text(field(fn, 'property') ?? fn))) return undefined;
      // `resolve<LeadService>(…)`: the one type argument; `get(LeadService)`: the class given.
      const targs = kids(v).find((c) => c.type === 'type_arguments');
      const ta = targs ? kids(targs) : [];
      if (ta.length === 1) return byType(text(ta[0]!));
      const a = kids(field(v, 'arguments') ?? v);
      return a.length === 1 && a[0]!.type === 'identifier' ? byType(text(a[0]!)) : undefined;
    }
  }
  return undefined;
}

/**
 * The function a chain starts by calling: `f(…)`, `this.m(…)`, `this.repo.m(…)`. A call of a
 * factory method that returns a new instance (`models.lead()` → `new LeadModel(this.db_)`) followed
 * by a method call is that class's method (`models.lead().all()`), `this` being the instance.
 */
export function targetOf(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx): Target | undefined {
  let t = directTarget(links, ctx, index, current) ?? modelGetterTarget(links, index, current);
  for (let hop = 0; t && hop < 3; hop++) {
    const next = instanceTarget(t, index, current);
    if (!next) break;
    t = next;
  }
  return t;
}

/** `t` returns `new C(…)` and the chain goes on with `.m(…)`: method `m` of `C` (or of its base classes). */
function instanceTarget(t: Target, index: TsIndex, current: FileCtx): Target | undefined {
  const [p, c] = t.rest;
  if (p?.kind !== 'prop' || c?.kind !== 'call') return undefined;
  const made = unwrap(returnedExpr(t.fn));
  const ctor = made?.type === 'new_expression' ? field(made, 'constructor') : undefined;
  const ref = refText(ctor);
  const r = ref !== undefined ? index.resolveRef(t.ctx.file, ref, t.ctx.info) : undefined;
  if (r?.kind !== 'class') return undefined;
  const chain = classChain(r.cls, r.file, index, current);
  const m = methodOf(chain, p.name);
  return m ? { fn: m.fn, ctx: m.ctx, callee: p.node, call: c, rest: t.rest.slice(2), thisBinds: thisFields(chain) } : undefined;
}

function directTarget(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx): Target | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || !r0.name) return undefined;
  const l1 = links[1];
  const l2 = links[2];
  const l3 = links[3];
  if (r0.name !== 'this' && l1?.kind === 'call') {
    // A function declared in the caller's own function (the index knows top-level names only).
    const local = localFunction(r0.node);
    if (local) return { fn: local, ctx, callee: r0.node, call: l1, rest: links.slice(2) };
    const r = index.resolveName(ctx.file, r0.name, ctx.info);
    if (r?.kind !== 'function') return undefined;
    const fctx = ctxOf(index, r.file, current);
    return fctx ? { fn: r.node, ctx: fctx, callee: r0.node, call: l1, rest: links.slice(2) } : undefined;
  }
  if (r0.name !== 'this' && l1?.kind === 'prop' && l2?.kind === 'call') {
    const r = index.resolveName(ctx.file, r0.name, ctx.info);
    // `Lead.forUser(id)`: a static method, in which `this` is the class.
    if (r?.kind === 'class') {
      // A static inherited from a base class (`class Lead extends BaseModel`, `BaseModel.ofUser`): `this` is still `Lead`.
      let owner: { file: string; cls: ClassInfo } = r;
      for (let i = 0; i < 5 && !owner.cls.statics.has(l1.name) && owner.cls.extends; i++) {
        const b = index.resolveRef(owner.file, owner.cls.extends);
        if (b?.kind !== 'class') break;
        owner = b;
      }
      const v = owner.cls.statics.get(l1.name);
      let m = v?.parent;
      while (m && m.type !== 'method_definition') m = m.parent;
      const fctx = ctxOf(index, owner.file, current);
      return m && fctx ? { fn: m, ctx: fctx, callee: l1.node, call: l2, rest: links.slice(3), self: r.cls.name } : undefined;
    }
    const u = r?.kind === 'value' ? unwrap(r.node) : undefined;
    // `leadsDao.findByCompany(name)` on an object of functions (`export default { findByCompany(…) {…} }`).
    if (r?.kind === 'value' && u?.type === 'object') {
      const m = objectMethod(u, l1.name);
      const fctx = ctxOf(index, r.file, current);
      if (m && fctx) return { fn: m, ctx: fctx, callee: l1.node, call: l2, rest: links.slice(3) };
    }
    // `Lead.find(filters)` on an object a factory made (`createGuts({ knex: db, tableName: 'leads' })`, spread or not).
    if (r?.kind === 'value' && (u?.type === 'object' || u?.type === 'call_expression')) {
      const f = factoryMember(u, l1.name, r.file, index, current);
      if (f) return { fn: f.fn, ctx: f.ctx, callee: l1.node, call: l2, rest: links.slice(3), thisBinds: f.binds };
      if (u?.type === 'object') return undefined;
    }
    // `LeadRepository.byCompanyQuery(c)` on `ds.getRepository(Lead).extend({ … })`: `this` is the repository.
    if (r?.kind === 'value' && repositoryEntity(u) && u?.type === 'call_expression') {
      const ext = unwrap(kids(field(u, 'arguments') ?? u)[0]);
      const m = ext?.type === 'object' ? objectMethod(ext, l1.name) : undefined;
      const fctx = ctxOf(index, r.file, current);
      const self = fctx ? [...fctx.info.locals].find(([, v]) => v === r.node)?.[0] : undefined;
      return m && fctx && self ? { fn: m, ctx: fctx, callee: l1.node, call: l2, rest: links.slice(3), self } : undefined;
    }
    // `service.forUser(id)` on a module-level `const service = new LeadService()`, or one made in
    // the calling function (`const stats = new LeadStatsService()` in a route plugin's body).
    const local = r === undefined ? attempt(() => lookupName(r0.node)) : undefined;
    const made = r?.kind === 'value' ? u : local?.kind === 'const' ? unwrap(local.value) : undefined;
    const ctor = made?.type === 'new_expression' ? field(made, 'constructor') : undefined;
    const ref = refText(ctor);
    if ((r?.kind === 'value' || local) && ref !== undefined) {
      const owner = r?.kind === 'value' ? ctxOf(index, r.file, current) : ctx;
      const c = owner ? index.resolveRef(owner.file, ref, owner.info) : undefined;
      // The method may come from a base class; `this.table` reads what the subclass gave it.
      const chain = c?.kind === 'class' ? classChain(c.cls, c.file, index, current) : [];
      const m = methodOf(chain, l1.name);
      return m ? { fn: m.fn, ctx: m.ctx, callee: l1.node, call: l2, rest: links.slice(3), thisBinds: thisFields(chain) } : undefined;
    }
    // `connection.getRepository(ctx, Order)` on a parameter or local typed with a workspace class (as `this.connection` is).
    const typed = r === undefined ? typedLocalClass(r0.node, r0.name, ctx, index) : undefined;
    const tm = typed ? methodOf(classChain(typed.cls, typed.file, index, current), l1.name) : undefined;
    return tm ? { fn: tm.fn, ctx: tm.ctx, callee: l1.node, call: l2, rest: links.slice(3) } : undefined;
  }
  if (r0.name === 'this' && l1?.kind === 'prop' && l2?.kind === 'call') {
    const cls = enclosingClass(r0.node, ctx);
    const own = cls?.methods.get(l1.name) ?? (cls ? undefined : thisObjectMethod(r0.node, l1.name));
    // `this.db(this.tableName)` on `get db(): Knex`: the client the getter returns is called, not a method.
    if (own && isGetter(own)) return undefined;
    if (own) return { fn: own, ctx, callee: l1.node, call: l2, rest: links.slice(3) };
    // A method of a base class (`this.query()` in `class LeadRepository extends BaseRepository`).
    const m = cls ? methodOf(classChain(cls, ctx.file, index, current).slice(1), l1.name) : undefined;
    return m ? { fn: m.fn, ctx: m.ctx, callee: l1.node, call: l2, rest: links.slice(3) } : undefined;
  }
  if (r0.name === 'this' && l1?.kind === 'prop' && l2?.kind === 'prop' && l3?.kind === 'call') {
    const cls = enclosingClass(r0.node, ctx);
    const f = cls?.fields.get(l1.name);
    // `private readonly repo: LeadsRepository` or `private readonly repo = new LeadsRepository(db)`.
    const made = unwrap(f?.init);
    const ctor = made?.type === 'new_expression' ? field(made, 'constructor') : undefined;
    const t =
      f?.type !== undefined ? index.typeClass(ctx.file, f.type, ctx.info) ?? genericModelHolder(f, ctx, index) : refText(ctor) !== undefined ? index.typeClass(ctx.file, refText(ctor)!, ctx.info) : undefined;
    const m = t?.cls.methods.get(l2.name);
    const fctx = t ? ctxOf(index, t.file, current) : undefined;
    // `private leadRepo: Repository<Lead>` of a generic repository holding `model: ModelClass<T>` (type-argument-models.ts).
    const members = t && f ? typeArgumentMembers(t.cls, declaredTypeArguments(f.node)) : undefined;
    return m && fctx ? { fn: m, ctx: fctx, callee: l2.node, call: l3, rest: links.slice(4), ...(members?.size ? { members } : {}) } : undefined;
  }
  return undefined;
}

/** The generic workspace class of a member typed `Repository<Lead>`, when it holds the model class its type argument names. */
export function genericModelHolder(f: FieldInfo, ctx: FileCtx, index: TsIndex): { file: string; cls: ClassInfo } | undefined {
  const name = f.type !== undefined ? /^\s*([\w$]+)\s*</.exec(f.type)?.[1] : undefined;
  const c = name ? index.typeClass(ctx.file, name, ctx.info) : undefined;
  return c && typeArgumentMembers(c.cls, declaredTypeArguments(f.node)).size ? c : undefined;
}
