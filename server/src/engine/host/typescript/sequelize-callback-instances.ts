/**
 * Sequelize instances handed to callbacks, as promise-style and callback-style applications write
 * them (HedgeDoc 1.x): `Lead.findOne(…).then(function (lead) { … })` gives the callback an instance
 * of `Lead`, and a route helper `findLeadOrFail(req, res, callback)` that calls `callback(lead)`
 * with such an instance gives one to the callback its caller passes. The model comes from what the
 * code shows only; a helper in another file is read through the folder index (the follow pass).
 */
import { field, flattenChain, kids, text, unwrap, visit, type N } from './ast';
import { NeedsIndex, paramNames, resolvers } from './inline';
import type { ModelInfo } from './models';

/** Finders whose promise resolves to one instance of the model. */
const ONE_INSTANCE = new Set(['findOne', 'findByPk', 'create', 'findOrFail']);
const FUNCTIONS = new Set(['function_expression', 'arrow_function', 'function', 'function_declaration', 'method_definition']);
const MAX_DEPTH = 4;

export interface InstanceLookup {
  /** The Sequelize model a name (or `this.field`) stands for in the file being read. */
  model(name: string): ModelInfo | undefined;
  /** The model of the instance an identifier holds where it is used (sequelize-extra.ts instanceModel). */
  instanceAt(id: N, depth: number): ModelInfo | undefined;
}

/**
 * The model of the instance parameter `i` of function `fn` receives as a callback, or undefined.
 * `named`: the parameter is named after a model, so a helper only the index shows is worth a second
 * look (the scan then throws NeedsIndex and the follow pass judges the query with Sequelize).
 */
export function callbackInstanceModel(fn: N, i: number, named: boolean, look: InstanceLookup, depth = 0): ModelInfo | undefined {
  if (depth > MAX_DEPTH || fn.parent?.type !== 'arguments') return undefined;
  const call = fn.parent.parent;
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  if (!call || !callee) return undefined;
  const k = kids(fn.parent).indexOf(fn);
  // `X.findOne(…).then(function (lead) { … })`.
  if (callee.type === 'member_expression' && text(field(callee, 'property') ?? callee) === 'then') {
    if (k !== 0 || i !== 0) return undefined;
    const links = flattenChain(field(callee, 'object') ?? callee);
    const [owner, meth, c] = links.slice(-3);
    if (c?.kind !== 'call' || meth?.kind !== 'prop' || !ONE_INSTANCE.has(meth.name) || (owner?.kind !== 'root' && owner?.kind !== 'prop')) return undefined;
    const viaThis = links.length === 4 && links[0]?.kind === 'root' && links[0].name === 'this' && owner.kind === 'prop';
    return look.model(viaThis ? `this.${owner.name}` : owner.name);
  }
  // `helper(…, function (lead) { … })`: what the helper passes when it calls that parameter.
  const r = resolvers[resolvers.length - 1];
  if (!r) {
    if (named) throw new NeedsIndex('instance handed to a callback by a helper', 'sequelize');
    return undefined;
  }
  const obj = callee.type === 'member_expression' ? field(callee, 'object') : undefined;
  const target = callee.type === 'identifier' ? r.lookup(text(callee), callee) : obj?.type === 'identifier' ? r.member?.(text(obj), text(field(callee, 'property') ?? callee), callee) : undefined;
  const helper = target?.kind === 'function' ? unwrap(target.node) : undefined;
  if (!helper || !FUNCTIONS.has(helper.type)) return undefined;
  return passedInstance(helper, k, i, look, depth + 1);
}

/** The model of the instance `helper` passes as argument `i` wherever it calls its parameter `k`; every call must agree. */
function passedInstance(helper: N, k: number, i: number, look: InstanceLookup, depth: number): ModelInfo | undefined {
  const cb = paramNames(helper)[k];
  const body = field(helper, 'body');
  if (!cb || !body) return undefined;
  let found: ModelInfo | undefined;
  let ok = true;
  visit(body, (n) => {
    if (!ok) return false;
    // A nested function with a parameter of the same name hides the callback.
    if (n !== body && FUNCTIONS.has(n.type) && paramNames(n).includes(cb)) return false;
    if (n.type !== 'identifier' || text(n) !== cb) return undefined;
    const c = n.parent;
    if (c?.type !== 'call_expression' || field(c, 'function') !== n) {
      // Handed on or stored: other calls may give it other values.
      ok = false;
      return false;
    }
    const arg = kids(field(c, 'arguments') ?? c)[i];
    const m = arg?.type === 'identifier' ? look.instanceAt(arg, depth) : undefined;
    if (!m || (found && found !== m)) ok = false;
    found ??= m;
    return undefined;
  });
  return ok ? found : undefined;
}
