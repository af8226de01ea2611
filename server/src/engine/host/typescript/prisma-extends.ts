/**
 * Prisma clients made by `base.$extends(…)`. `result`, `model` and `client` extensions never change
 * the SQL of an existing delegate call; a `query` hook may rewrite its arguments. A hook is read
 * only in two visible forms: it passes `args` through (`return query(args)`), or it adds plain
 * conditions to the caller's filter (`args.where = { ...args.where, status: … }`). Any other hook
 * makes the calls it covers unjudged.
 */
import { field, kids, text, unwrap, type Link, type N } from './ast';
import { objectProps } from './values';
import type { ModelInfo, ModelRegistry } from './models';
import { METHODS, prismaQuery } from './prisma';
import type { OrmQuery } from './sqlgen';

/** Model key (`lead`, `*` for `$allModels`) → operation (`findMany`, `*`) → `opaque` or the filter keys it adds. */
type Hooks = Record<string, Record<string, 'opaque' | string[]>>;

export const EXTENDED_PREFIX = 'prisma!';

/** The `$extends` calls of `node` from the outermost, with the expression they extend last. */
function extendsChain(node: N): { exts: N[]; base: N } | undefined {
  const exts: N[] = [];
  let cur = unwrap(node);
  while (cur?.type === 'call_expression') {
    const callee = unwrap(field(cur, 'function'));
    if (callee?.type !== 'member_expression' || text(field(callee, 'property') ?? callee) !== '$extends') break;
    const args = kids(field(cur, 'arguments') ?? cur);
    if (args.length !== 1) return undefined;
    exts.push(args[0]!);
    cur = unwrap(field(callee, 'object'));
  }
  return exts.length && cur ? { exts, base: cur } : undefined;
}

/** `query(args)` or `await query(args)` with the names the hook destructured. */
function isPassThrough(e: N | undefined, q: string, a: string): boolean {
  let u = unwrap(e);
  if (u?.type === 'await_expression') u = unwrap(u.children[0]);
  if (u?.type !== 'call_expression' || text(field(u, 'function') ?? u) !== q) return false;
  const args = kids(field(u, 'arguments') ?? u);
  return args.length === 1 && text(args[0]!) === a;
}

/** What one hook function does to the arguments: nothing (`[]`), added filter keys, or `opaque`. */
function readHook(fn: N): 'opaque' | string[] {
  const params = kids(field(fn, 'parameters') ?? fn);
  const pat = params.length === 1 ? (field(params[0]!, 'pattern') ?? params[0]!) : undefined;
  if (pat?.type !== 'object_pattern') return 'opaque';
  const names = new Set(kids(pat).map((c) => text(c)));
  if (!names.has('args') || !names.has('query')) return 'opaque';
  const body = field(fn, 'body');
  if (!body) return 'opaque';
  if (body.type !== 'statement_block') return isPassThrough(body, 'query', 'args') ? [] : 'opaque';
  const stmts = kids(body);
  const last = stmts[stmts.length - 1];
  if (last?.type !== 'return_statement' || !isPassThrough(last.children[0], 'query', 'args')) return 'opaque';
  if (stmts.length === 1) return [];
  if (stmts.length !== 2) return 'opaque';
  // `args.where = { ...args.where, key: value }`: the caller's filter with more conditions.
  const asg = stmts[0]!.type === 'expression_statement' ? unwrap(stmts[0]!.children[0]) : undefined;
  if (asg?.type !== 'assignment_expression' || text(field(asg, 'left') ?? asg).replace(/\s/g, '') !== 'args.where') return 'opaque';
  const obj = unwrap(field(asg, 'right'));
  if (obj?.type !== 'object') return 'opaque';
  const items = kids(obj);
  if (items[0]?.type !== 'spread_element' || text(items[0]).replace(/\s/g, '') !== '...args.where') return 'opaque';
  const { props } = objectProps({ ...obj, children: items.slice(1) });
  if (props.length !== items.length - 1 || props.some((p) => p.computed || /^(AND|OR|NOT)$/.test(p.key))) return 'opaque';
  return props.map((p) => p.key);
}

/** The hooks of one `query: { … }` component, or undefined when it cannot be read. */
function readQuery(q: N, out: Hooks): boolean {
  const o = unwrap(q);
  if (o?.type !== 'object') return false;
  for (const m of kids(o)) {
    if (m.type !== 'pair') return false;
    const model = text(field(m, 'key') ?? m);
    const ops = unwrap(field(m, 'value'));
    // Top-level `$allOperations`, `$queryRaw`, … hooks: the whole client is left unjudged.
    if (model.startsWith('$') && model !== '$allModels') return false;
    if (ops?.type !== 'object') return false;
    const key = model === '$allModels' ? '*' : model;
    for (const h of kids(ops)) {
      const name = text(field(h, 'name') ?? field(h, 'key') ?? h);
      const fn = h.type === 'method_definition' ? h : h.type === 'pair' ? unwrap(field(h, 'value')) : undefined;
      if (!fn || !/^(method_definition|arrow_function|function_expression|function)$/.test(fn.type)) return false;
      const op = name === '$allOperations' ? '*' : name;
      const r = readHook(fn);
      const prev = (out[key] ??= {})[op];
      out[key][op] = prev === 'opaque' || r === 'opaque' ? 'opaque' : [...(prev ?? []), ...r];
    }
  }
  return true;
}

/**
 * The client value `node` makes when it is a chain of `$extends` with a `query` component over a
 * client `baseIsPrisma` recognises: `prisma!{hooks}`, or `opaque` when a hook cannot be read.
 */
export function extendedPrisma(node: N, baseIsPrisma: (base: N) => boolean): string | undefined {
  const chain = extendsChain(node);
  if (!chain || !baseIsPrisma(chain.base)) return undefined;
  const hooks: Hooks = {};
  for (const e of chain.exts) {
    const o = unwrap(e);
    if (o?.type !== 'object') return 'opaque';
    const { props } = objectProps(o);
    const q = props.find((p) => p.key === 'query');
    if (q && !readQuery(q.value, hooks)) return 'opaque';
    // A `model` method named like a delegate operation would stand in for it: that call is not judged.
    const m = unwrap(props.find((p) => p.key === 'model')?.value);
    if (m && m.type !== 'object') return 'opaque';
    for (const per of m ? kids(m) : []) {
      const model = text(field(per, 'key') ?? per);
      const methods = unwrap(field(per, 'value'));
      if (per.type !== 'pair' || methods?.type !== 'object') return 'opaque';
      for (const meth of kids(methods)) {
        const name = text(field(meth, 'name') ?? field(meth, 'key') ?? meth);
        if (METHODS.has(name)) (hooks[model === '$allModels' ? '*' : model] ??= {})[name] = 'opaque';
      }
    }
  }
  return EXTENDED_PREFIX + JSON.stringify(hooks);
}

/** A key the hook adds that cannot be a partition key: a scalar column outside every compound key (which must hold it). */
function harmless(model: ModelInfo, key: string): boolean {
  if (model.compoundKeys.size === 0 || model.relations.has(key) || !model.columns.has(key)) return false;
  for (const fields of model.compoundKeys.values()) if (fields.includes(key)) return false;
  return true;
}

/** Translates a delegate call on an extended client, or undefined when a hook may change it. */
export function extendedPrismaQuery(kind: string, links: readonly Link[], registry: ModelRegistry, local: readonly ModelInfo[]): OrmQuery | undefined {
  const hooks = JSON.parse(kind.slice(EXTENDED_PREFIX.length)) as Hooks;
  const acc = links[1];
  const meth = links[2];
  if (acc?.kind !== 'prop' || meth?.kind !== 'prop') return undefined;
  const model = registry.find('prisma', acc.name, local);
  if (!model) return undefined;
  const added: string[] = [];
  for (const m of [acc.name, '*']) {
    for (const op of [meth.name, '*']) {
      const h = Object.hasOwn(hooks, m) && Object.hasOwn(hooks[m]!, op) ? hooks[m]![op] : undefined;
      if (h === 'opaque') return undefined;
      if (h) added.push(...h);
    }
  }
  if (!added.every((k) => harmless(model, k))) return undefined;
  return prismaQuery(links, registry, local);
}
