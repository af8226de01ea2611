/**
 * Queries a called function runs on what its caller gives it: a generic service whose model or
 * Prisma delegate comes from the constructor (`new CrudService(prisma.lead)`, `class LeadService
 * extends BaseService { constructor() { super(Lead) } }`), or a helper handed the model and the
 * options (`paginate(Lead, { where }, page)` running `model.findAndCountAll({ ...options })`).
 * The callee's chain is translated with its root replaced by the caller's value and its
 * parameters read as the caller's arguments, and judged at the call. A chain the callee's own
 * file already judges (its root is a known model or client) is left to that file.
 */
import type { QueryRun } from '../../query/model';
import { returnedFromStatic } from './sequelize-static-returns';
import { bindings, field, refText, flattenChain, kids, mentionsName, text, unwrap, visit, withValues, type Link, type N } from './ast';
import { injectedModels, repositoryEntity, sequelizeQuery, typeormQuery } from './entities';
import { ctxOf, type FileCtx } from './follow-ctx';
import { genericModelHolder, typedLocalClass } from './follow-targets';
import { typedFactoryMember } from './typed-factories';
import { declaredTypeArguments, typeArgumentModel } from './type-argument-models';
import { objectionQuery } from './objection';
import { calledRootClient } from './type-clients';
import { contextMemberClient } from './context-member-clients';
import { classKey, type ClassInfo } from './modinfo';
import { decoratorCall } from './models';
import { valueResolver } from './objects';
import { argBindings, paramNames } from './inline';
import { truthOf } from './values';
import { dependsOnParams, methodOf, ownMethod } from './callee-own-methods';
import { prismaQuery } from './prisma';
import { isChainTop, rootClient } from './queries';
import { Dynamic, attempt, executedHere, moveQuery, toRun, type OrmQuery } from './sqlgen';
import { judge, translateIn } from './follow-judge';
import { agreedInside, keepDisagreeing, runSites, selfBound } from './callee-agreement';
import { judgedAloneToo, pathsReadParams } from './param-paths';
import { judgedOnHelperPaths } from './helper-paths';
import { judgedOnClientPaths } from './client-param-paths';
import { localRunOnParams } from './callee-local-runs';
import type { TsIndex } from './workspace';

/** A value the callee sees, with the file it is written in. */
interface Bound {
  readonly node: N;
  readonly ctx: FileCtx;
}

const NESTED = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration', 'class', 'function']);
const MAX_DEPTH = 6;

/**
 * What an injected constructor parameter holds (NestJS: the container passes it): the model of
 * `@InjectModel(Lead)` or `typeof Lead`, else the parameter itself (a repository or client the
 * file knows by its decorator or type: `@InjectRepository(Lead) repo`, `prisma: PrismaService`).
 */
function injected(p: N, ctx: FileCtx, generic?: { cls: N; args: readonly N[]; ctx: FileCtx }): Bound | undefined {
  const pat = field(p, 'pattern');
  if (pat?.type !== 'identifier') return undefined;
  // `model: ModelClass<TEntity>` of a field typed `Repository<Lead>`: the class `Lead` (type-argument-models.ts).
  const byType = generic ? typeArgumentModel(p, generic.cls, generic.args) : undefined;
  if (byType && generic) return { node: byType, ctx: generic.ctx };
  for (const d of p.children.filter((c) => c.type === 'decorator')) {
    const dc = decoratorCall(d);
    const a = dc?.name === 'InjectModel' ? unwrap(dc.args[0]) : undefined;
    if (a?.type === 'identifier') return { node: a, ctx };
  }
  const t = field(p, 'type');
  const q = t ? kids(t).find((c) => c.type === 'type_query') : undefined;
  const id = q ? kids(q).find((c) => c.type === 'identifier') : undefined;
  return { node: id ?? pat, ctx };
}

/** `this.<field>` of an instance made by `new C(args)` (or injected: `'injected'`): from parameter properties, `this.f = p` and `super(…)`, up the class chain. */
function fieldsOf(cls: ClassInfo, file: string, args: readonly Bound[] | 'injected', index: TsIndex, current: FileCtx, out: Map<string, Bound>, depth = 0, typeArgs: readonly N[] = []): void {
  const ctx = ctxOf(index, file, current);
  if (!ctx || depth > MAX_DEPTH) return;
  const ctor = cls.methods.get('constructor');
  const baseCls = cls.extends ? index.resolveRef(file, cls.extends, ctx.info) : undefined;
  if (!ctor) {
    // No constructor of its own: the arguments go to the base class's.
    if (baseCls?.kind === 'class') fieldsOf(baseCls.cls, baseCls.file, args, index, current, out, depth + 1);
    return;
  }
  const names = paramNames(ctor);
  const byParam = new Map<string, Bound>();
  const declared = kids(field(ctor, 'parameters') ?? ctor);
  names.forEach((p, i) => {
    const a = args === 'injected' ? (declared[i] ? injected(declared[i]!, ctx, { cls: cls.node, args: typeArgs, ctx: current }) : undefined) : args[i];
    if (p && a) byParam.set(p, a);
  });
  // Parameter properties (`constructor(private readonly model: …)`).
  for (const p of kids(field(ctor, 'parameters') ?? ctor)) {
    const pat = field(p, 'pattern');
    if (pat?.type === 'identifier' && p.children.some((c) => c.type === 'accessibility_modifier' || c.type === 'readonly') && byParam.has(text(pat))) out.set(text(pat), byParam.get(text(pat))!);
  }
  const body = field(ctor, 'body');
  if (!body) return;
  for (const st of kids(body)) {
    const e = st.type === 'expression_statement' ? kids(st)[0] : undefined;
    if (e?.type === 'assignment_expression') {
      const left = field(e, 'left');
      const right = unwrap(field(e, 'right'));
      if (left?.type === 'member_expression' && text(field(left, 'object') ?? left) === 'this' && right?.type === 'identifier' && byParam.has(text(right))) {
        out.set(text(field(left, 'property') ?? left), byParam.get(text(right))!);
      }
    } else if (e?.type === 'call_expression' && field(e, 'function')?.type === 'super' && baseCls?.kind === 'class') {
      const superArgs = kids(field(e, 'arguments') ?? e).map((a): Bound => {
        const u = unwrap(a);
        return u?.type === 'identifier' && byParam.has(text(u)) ? byParam.get(text(u))! : { node: a, ctx };
      });
      fieldsOf(baseCls.cls, baseCls.file, superArgs, index, current, out, depth + 1);
    }
  }
}

/** A static method by name (`static async findAllForUser(…)`), inherited ones included, with its file. */
function staticMethodOf(cls: ClassInfo, file: string, name: string, index: TsIndex, depth = 0): { fn: N; file: string } | undefined {
  const body = field(cls.node, 'body');
  for (const m of body ? kids(body) : []) {
    if (m.type !== 'method_definition' || text(field(m, 'name') ?? m) !== name) continue;
    if (/^(?:@[^\n]*\s+)*(?:(?:public|private|protected|override)\s+)*static\b/.test(text(m))) return { fn: m, file };
  }
  const r = cls.extends && depth < MAX_DEPTH ? index.resolveRef(file, cls.extends, index.info(file)) : undefined;
  return r?.kind === 'class' ? staticMethodOf(r.cls, r.file, name, index, depth + 1) : undefined;
}

/** The function a call runs and what its `this` fields hold (`self`: what `this` is in a static method: the class it is called on). */
function calleeOf(
  call: N,
  links: readonly Link[],
  current: FileCtx,
  index: TsIndex,
): { fn: N; ctx: FileCtx; fields: Map<string, Bound>; callLink: Extract<Link, { kind: 'call' }>; self?: Bound; binds?: readonly { readonly fn: N; readonly args: ReadonlyMap<string, N> }[] } | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || !r0.name) return undefined;
  const l1 = links[1];
  const l2 = links[2];
  if (r0.name === 'this') return injectedCallee(call, links, current, index);
  if (links.length === 2 && l1?.kind === 'call') {
    const r = index.resolveName(current.file, r0.name, current.info);
    const ctx = r?.kind === 'function' ? ctxOf(index, r.file, current) : undefined;
    return r?.kind === 'function' && ctx ? { fn: r.node, ctx, fields: new Map(), callLink: l1 } : undefined;
  }
  if (links.length !== 3 || l1?.kind !== 'prop' || l2?.kind !== 'call') return undefined;
  const r = index.resolveName(current.file, r0.name, current.info);
  if (r?.kind === 'class') {
    // `Lead.findAllForUser(id, options)`: a static method whose `this` is `Lead`.
    const sm = staticMethodOf(r.cls, r.file, l1.name, index);
    const sctx = sm ? ctxOf(index, sm.file, current) : undefined;
    return sm && sctx ? { fn: sm.fn, ctx: sctx, fields: new Map(), callLink: l2, self: { node: r0.node, ctx: current } } : undefined;
  }
  if (!r) {
    // A parameter typed as a factory's return type (`leadDAL: ReturnType<typeof leadDALFactory>`): the factory's method.
    const made = typedLocalClass(r0.node, r0.name, current, index) ? undefined : typedFactoryMember(r0.node, r0.name, l1.name, current, index);
    if (made) return { fn: made.fn, ctx: made.ctx, fields: new Map(), callLink: l2, binds: made.binds };
    // A local or parameter whose type names a class of the workspace (`svc: LeadService`, `scope.resolve<LeadService>('leadService')`): the container built it.
    const typed = typedLocalClass(r0.node, r0.name, current, index);
    const tm = typed ? methodOf(typed.cls, typed.file, l1.name, index) : undefined;
    const tctx = tm ? ctxOf(index, tm.file, current) : undefined;
    if (!typed || !tm || !tctx) return undefined;
    const fields = new Map<string, Bound>();
    fieldsOf(typed.cls, typed.file, 'injected', index, current, fields);
    return { fn: tm.fn, ctx: tctx, fields, callLink: l2 };
  }
  const v = r?.kind === 'value' ? unwrap(r.node) : undefined;
  const ctor = v?.type === 'new_expression' ? field(v, 'constructor') : undefined;
  const vctx = r?.kind === 'value' ? ctxOf(index, r.file, current) : undefined;
  const ref = refText(ctor);
  if (ref === undefined || !vctx || !v) return undefined;
  const c = index.resolveRef(vctx.file, ref, vctx.info);
  if (c?.kind !== 'class') return undefined;
  const m = methodOf(c.cls, c.file, l1.name, index);
  const mctx = m ? ctxOf(index, m.file, current) : undefined;
  if (!m || !mctx) return undefined;
  const fields = new Map<string, Bound>();
  fieldsOf(c.cls, c.file, kids(field(v, 'arguments') ?? v).map((a) => ({ node: a, ctx: vctx })), index, current, fields);
  return { fn: m.fn, ctx: mctx, fields, callLink: l2 };
}

/** `this.leads.findMany(…)` on a field whose declared type is a class of the workspace (a NestJS-injected service or repository). */
function injectedCallee(call: N, links: readonly Link[], current: FileCtx, index: TsIndex): ReturnType<typeof calleeOf> {
  const f = links[1];
  const m = links[2];
  const c = links[3];
  if (links.length !== 4 || f?.kind !== 'prop' || m?.kind !== 'prop' || c?.kind !== 'call') return undefined;
  let decl: N | null = call.parent;
  while (decl && decl.type !== 'class_declaration' && decl.type !== 'abstract_class_declaration' && decl.type !== 'class') decl = decl.parent;
  const name = decl ? classKey(decl) : undefined;
  const finfo = name ? current.info.classes.get(name)?.fields.get(f.name) : undefined;
  const target = finfo?.type !== undefined ? (index.typeClass(current.file, finfo.type, current.info) ?? genericModelHolder(finfo, current, index)) : undefined;
  if (!target) return undefined;
  const meth = methodOf(target.cls, target.file, m.name, index);
  const mctx = meth ? ctxOf(index, meth.file, current) : undefined;
  if (!meth || !mctx) return undefined;
  const fields = new Map<string, Bound>();
  fieldsOf(target.cls, target.file, 'injected', index, current, fields, 0, declaredTypeArguments(finfo?.node));
  return { fn: meth.fn, ctx: mctx, fields, callLink: c };
}

/** Whether a chain of a callee translates in its own file (its clients, repositories and injected models): judged there. */
function judgedInPlace(x: N, inner: readonly Link[], ctx: FileCtx, index: TsIndex): boolean {
  const aliases = new Map(ctx.aliases);
  if (/InjectModel|typeof\s+[A-Z]/.test(ctx.text)) for (const [k, v] of injectedModels(ctx.info.root)) aliases.set(k, v);
  const kind = rootClient(inner, ctx.clients);
  return (
    attempt(() => {
      if (kind === 'prisma') return prismaQuery(inner, index.registry, []);
      return typeormQuery(x, inner, ctx.repos, index.registry, []) ?? sequelizeQuery(inner, index.registry, [], aliases);
    }) !== undefined
  );
}

const BUILDERS: ReadonlySet<string> = new Set(['knex', 'kysely', 'drizzle', 'objection']);
const NONE: ReadonlySet<string> = new Set();
/** Clients whose calls run where they are written. */
const IN_PLACE: ReadonlySet<string> = new Set(['prisma', 'sequelize']);

/** Whether a call's arguments mention a parameter of the function being followed. */
function readsParams(x: N, args: ReadonlyMap<string, N>): boolean {
  let hit = false;
  for (const a of kids(field(x, 'arguments') ?? x)) {
    visit(a, (n) => {
      if (hit) return false;
      if ((n.type === 'identifier' || n.type === 'shorthand_property_identifier') && args.has(text(n))) hit = true;
      return undefined;
    });
  }
  return hit;
}

/** Whether the callee's own file judges a chain once values are resolved through the index (resolved.ts): left to that file. */
function judgedWithValues(x: N, inner: readonly Link[], ctx: FileCtx, index: TsIndex): boolean {
  return attempt(() => withValues(valueResolver(ctx, { returns: [], crossed: false }), () => typeormQuery(x, inner, ctx.repos, index.registry, []))) !== undefined;
}

/** Translates a chain whose root stands for `b`: a Prisma delegate, a Sequelize model or a TypeORM repository. */
function translateBound(top: N, links: readonly Link[], b: Bound, index: TsIndex): OrmQuery | undefined {
  const kind = rootClient(links, b.ctx.clients);
  const r0 = links[0];
  if (kind === 'prisma') return prismaQuery(links, index.registry, []);
  if (r0?.kind === 'root' && b.ctx.repos.has(r0.name)) return typeormQuery(top, links, b.ctx.repos, index.registry, []);
  // A repository made where it is given (`super(AppDataSource.getRepository(Lead))`).
  if (repositoryEntity(b.node) !== undefined) return typeormQuery(top, links, b.ctx.repos, index.registry, []);
  // A repository made where it is given (`super(AppDataSource.getRepository(Lead))`).
  if (repositoryEntity(b.node) !== undefined) return typeormQuery(top, links, b.ctx.repos, index.registry, []);
  if (r0?.kind === 'root' && links[1]?.kind === 'prop' && index.registry.find('sequelize', b.ctx.aliases.get(r0.name) ?? r0.name)) return sequelizeQuery(links, index.registry, [], b.ctx.aliases);
  // An Objection model class the caller names (`Repository<Lead>`'s `this.model.query()`).
  if (r0?.kind === 'root' && links[1]?.kind === 'prop' && links[1].name === 'query' && index.registry.find('objection', r0.name)) return objectionQuery(top, links, index.registry);
  return undefined;
}

/**
 * Judges, at call `n` of the current document, the queries the called function runs on what the
 * call gives it; those every caller agrees on are left to the callee's file (callee-agreement.ts).
 * Returns how many runs the call gave before that (0: the callee runs nothing on the call's values).
 */
export function inlineCall(n: N, links: readonly Link[], current: FileCtx, index: TsIndex, out: QueryRun[]): number {
  const found = runsAtCall(n, links, current, index);
  const t = found.length ? calleeOf(n, links, current, index) : undefined;
  out.push(...(t ? keepDisagreeing(t.fn, found, index, current, runsInto, calledFn) : found));
  return found.length;
}

/** The runs callee.ts judges at call `n`, before any agreement between callers. */
function runsAtCall(n: N, links: readonly Link[], current: FileCtx, index: TsIndex): QueryRun[] {
  const t = calleeOf(n, links, current, index);
  if (!t) return [];
  const found: QueryRun[] = [];
  inlineBody({ n, links, doc: current, index, found }, t, argsOf(t.fn, t.callLink), current, [], 0);
  return found;
}

const runsInto = (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex, out: QueryRun[]): void => void out.push(...runsAtCall(n, links, ctx, index));
const calledFn = (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex): N | undefined => calleeOf(n, links, ctx, index)?.fn;

/** In the callee's file: the queries of `fn` that every visible caller's arguments give the same verdict, reported inside it. */
export function judgedInsideCallee(fn: N, current: FileCtx, index: TsIndex, out: QueryRun[]): void {
  agreedInside(fn, index, current, runsInto, calledFn, out);
}

/** The callee's parameters → the call's arguments (an omitted one takes the parameter's default: `config = { take: 50 }`). */
function argsOf(fn: N, callLink: Extract<Link, { kind: 'call' }>): Map<string, N> {
  const params = paramNames(fn);
  const args = new Map<string, N>();
  const declared = kids(field(fn, 'parameters') ?? fn).filter((p) => p.type === 'required_parameter' || p.type === 'optional_parameter');
  const spread = callLink.args.some((a) => a.type === 'spread_element');
  params.forEach((p, i) => {
    const d = spread || declared.length !== params.length ? undefined : declared[i]!;
    // An omitted argument without a default is `undefined` (`getById(id)` of `getById(id, opts?)`).
    const a = callLink.args[i] ?? (d ? field(d, 'value') ?? omitted(d) : undefined);
    if (p && a && a.type !== 'spread_element') args.set(p, a);
  });
  // Names destructured from an object literal argument (`listLeads(db, { userId, since }: Opts)` given `{ userId, since: d }`).
  for (const [k, v] of argBindings(fn, callLink.args)) if (!args.has(k)) args.set(k, v);
  return args;
}

/** The `undefined` an omitted optional parameter holds (a synthetic node at the parameter). */
function omitted(p: N): N | undefined {
  if (p.type !== 'optional_parameter') return undefined;
  return { type: 'undefined', start: p.start, end: p.start, field: null, children: [], parent: null, src: p.src };
}

type Callee = NonNullable<ReturnType<typeof calleeOf>>;
type Frame = { readonly fn: N; readonly args: ReadonlyMap<string, N> };
/** The call being judged: findings go to `n` of the checked document `doc`. */
interface Site {
  readonly n: N;
  readonly links: readonly Link[];
  readonly doc: FileCtx;
  readonly index: TsIndex;
  readonly found: QueryRun[];
}

/**
 * Judges the queries `t.fn` runs on its parameters (`args`, written in `argCtx`); `outer` are the
 * frames of the methods that called it on the way from the call site (their parameters read as
 * their callers' arguments). A method of the same object called on values from the parameters
 * (`super.findAll(this.withTenant(filter))`, `this.findOneByIdString(id)`) is followed with its own frame.
 */
function inlineBody(site: Site, t: Callee, args: ReadonlyMap<string, N>, argCtx: FileCtx, outer: readonly Frame[], depth: number): void {
  const { n, links, index, found } = site;
  const body = field(t.fn, 'body');
  // A function returning a function (`(Model) => async (ids) => …`) runs nothing itself: its closure runs later.
  if (!body || NESTED.has(unwrap(body)?.type ?? '')) return;
  const frames = [...outer, { fn: t.fn, args }];
  const scan = (root: N): void =>
    visit(root, (x) => {
      if (x !== root && NESTED.has(x.type)) return false;
      // A branch the caller's values decide against does not run (`if (typeof id === 'string')` given an object).
      if (x.type === 'if_statement') {
        const known = withFrames(frames, argCtx, () => truthOf(field(x, 'condition')));
        if (known !== undefined) {
          const taken = known ? field(x, 'consequence') : field(x, 'alternative');
          if (taken) scan(taken);
          return false;
        }
      }
      // A local built on the parameters and run here (`await query`): judged on each caller's values (callee-local-runs.ts).
      if (x.type === 'identifier' && (x.parent?.type === 'await_expression' || x.parent?.type === 'return_statement') && executedHere(x, NONE, [])) {
        const alts = localRunOnParams(x, t.fn, args, t.ctx, frames, index, site.doc, depth);
        const before = found.length;
        if (alts?.length) judge(alts.map((a) => ({ ...a, binds: [...(t.binds ?? []), ...(a.binds ?? [])] })), x, links[links.length - 2]!.node, index, found);
        for (const r of found.slice(before)) runSites.set(r, x);
        return undefined;
      }
      if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
      const inner = flattenChain(x);
      const r0 = inner[0];
      if (r0?.kind !== 'root') return undefined;
      const own = ownMethod(x, inner, t.ctx, index);
      const call = inner[2];
      // A builder an own helper makes on the parameters, run here, whose paths the caller's values decide.
      const helperCall = inner.length > 3 && inner[2]?.kind === 'call' ? inner[2].node : undefined;
      if (helperCall && r0.name === 'this' && executedHere(x, NONE, []) && ownMethod(helperCall, inner.slice(0, 3), t.ctx, index) && dependsOnParams(helperCall, args, t.fn) && judgedOnHelperPaths(x, inner, t.ctx, frames, n, links[links.length - 2]!.node, index, found)) return false;
      if (own && call?.kind === 'call' && depth < MAX_DEPTH && dependsOnParams(x, args, t.fn)) {
        const ctx = ctxOf(index, own.file, site.doc);
        if (ctx) inlineBody(site, { ...t, fn: own.fn, ctx, callLink: call }, argsOf(own.fn, call), t.ctx, frames, depth + 1);
        return false;
      }
      return judgeChain(x, inner, r0);
    });
  scan(body);

  function judgeChain(x: N, inner: readonly Link[], r0: Extract<Link, { kind: 'root' }>): boolean | undefined {
    let b: Bound | undefined;
    let rest: readonly Link[] = [];
    // Whether the table is the callee's own (its repository or client), not one the caller hands it:
    // only then can every caller agreeing put the fault in the callee (callee-agreement.ts).
    let own = false;
    if (r0.name === 'this' && inner[1]?.kind === 'prop' && t.fields.has(inner[1].name)) {
      // A query the callee's own file judges (`this.model.findAll({ where: { status } })`) is left to that file.
      if (judgedInPlace(x, inner, t.ctx, index)) return false;
      b = t.fields.get(inner[1].name);
      rest = inner.slice(2);
    } else if (args.has(r0.name)) {
      b = { node: args.get(r0.name)!, ctx: argCtx };
      rest = inner.slice(1);
    } else if (t.ctx.repos.has(r0.name) && r0.name !== 'this' && readsParams(x, args) && !judgedWithValues(x, inner, t.ctx, index)) {
      // A repository of the callee's file whose options come from its parameters (`repo.find(buildQuery(selector, config))`)
      // and cannot be read without them: translated with the caller's arguments.
      b = { node: r0.node, ctx: t.ctx };
      rest = inner.slice(1);
      own = true;
    } else if (r0.name === 'this' && t.self) {
      // A static's query its own file judges (`this.findAll({ where: { userId } })`) is left to that file.
      if (attempt(() => sequelizeQuery(inner, index.registry, [], t.ctx.aliases) ?? typeormQuery(x, inner, t.ctx.repos, index.registry, [])) !== undefined) return false;
      b = t.self;
      rest = inner.slice(1);
      // Awaited here, it runs here for every caller's class: placed by the callers' agreement (static-this-helpers.ts).
      own = !returnedFromStatic(x);
    } else if (r0.name === 'this' && inner[1]?.kind === 'prop' && t.ctx.repos.has('this') && !t.fields.has(inner[1].name)) {
      // A custom repository's method (`class LeadRepository extends Repository<Lead>`) querying itself on the
      // caller's options (`this.findOne({ where: { id, ...options?.where } })`); one its file judges is left there.
      if (judgedInPlace(x, inner, t.ctx, index)) return false;
      b = { node: r0.node, ctx: t.ctx };
      rest = inner.slice(1);
      own = true;
    }
    // A knex/Kysely/Drizzle/Objection query on the callee's client that runs there on its parameters
    // (`async get(match) { return db('leads').where(match) }`) and cannot be read without them.
    // A field the callee's file already types as a builder client (`private db: Knex`, assigned from an
    // injected parameter) is that client whatever the container passed; so is a parameter the callee
    // types as one (`db: Database`, `ctx: { db: Database }`).
    // One reached through a member of a context parameter (`ctx.db`, `c.var.db`) is the ORM its chain reads as.
    const ownClient = rootClient(inner, t.ctx.clients) ?? calledRootClient(inner, t.ctx.file, t.ctx.info, index) ?? contextMemberClient(x, inner, args, t.ctx, index);
    const kind = !b || (ownClient && BUILDERS.has(ownClient) && (r0.name === 'this' || args.has(r0.name))) ? ownClient : undefined;
    // One its file judges alone path by path, on a condition reading the parameters (`$if(!!range.from, …)`), is judged
    // here too: the callers' values decide the path, and query/placement.ts where it is reported (param-paths.ts).
    const runsOnParams = !!kind && BUILDERS.has(kind) && executedHere(x, NONE, []) && mentionsName(x, args);
    const alone = runsOnParams && attempt(() => translateIn(kind, x, inner, t.ctx, index)) !== undefined;
    if (runsOnParams && (!alone || pathsReadParams(inner, new Set(args.keys())))) {
      const callee = links[links.length - 2]!;
      const before = found.length;
      judge([{ links: inner, base: t.ctx, kind, steps: [{ ctx: t.ctx, node: x, message: 'run here' }], binds: [...(t.binds ?? []), ...frames] }], n, callee.node, index, found);
      for (const r of found.slice(before)) {
        runSites.set(r, x);
        if (alone) judgedAloneToo.add(r);
      }
      return false;
    }
    // A Prisma/Sequelize call of the callee's own client whose statements a helper picks from the parameters
    // (`where: getLeadsWhere(query)` spreading a date range when given): the callers' values decide (client-param-paths.ts).
    if (!b && ownClient && IN_PLACE.has(ownClient) && mentionsName(x, args) && judgedOnClientPaths(ownClient, x, inner, t.ctx, frames, n, links[links.length - 2]!.node, index, found)) return false;
    // A builder passed in (`page(repo.createQueryBuilder(…), n)`) is judged where it is passed (follow.ts).
    const bu = b ? unwrap(b.node) : undefined;
    if (!b || rest.length < 2 || (bu?.type !== 'identifier' && bu?.type !== 'member_expression' && bu?.type !== 'this' && repositoryEntity(bu) === undefined)) return undefined;
    const bound = b;
    const subst = [...flattenChain(bound.node), ...rest];
    const q = judgeable(x, subst, bound, frames, argCtx, index);
    if (!q) return undefined;
    const callee = links[links.length - 2]!;
    const span = { start: callee.node.start, end: callee.node.end };
    const at = moveQuery(q, () => span);
    const rel = t.ctx.current
      ? { kind: 'here' as const, start: x.start, end: x.end, message: 'run here' }
      : { kind: 'file' as const, fileName: t.ctx.file, start: index.position(t.ctx.file, x.start), end: index.position(t.ctx.file, x.end), message: 'run here' };
    const run: QueryRun = { ...toRun(at, { framework: q.model.framework }), related: [rel] };
    if (own) runSites.set(run, x);
    if (own && b === t.self) selfBound.add(run);
    found.push(run);
    return false;
  }
}

/** Runs `f` with the frames' parameters bound and the workspace's values in view. */
function withFrames<T>(frames: readonly Frame[], ctx: FileCtx, f: () => T): T {
  return withValues(valueResolver(ctx, { returns: [], crossed: false }), () => {
    for (const fr of frames) bindings.push({ fn: fr.fn, args: fr.args, used: 0 });
    return f();
  });
}

function judgeable(top: N, links: readonly Link[], b: Bound, frames: readonly Frame[], current: FileCtx, index: TsIndex): OrmQuery | undefined {
  try {
    return withFrames(frames, current, () => translateBound(top, links, b, index));
  } catch (e) {
    if (e instanceof Dynamic) return undefined;
    throw e;
  }
}
