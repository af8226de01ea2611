/**
 * A static method of a base class that runs a query on `this` (`static async findById(id) { return
 * await this.findOne({ where: { id } }) }` in an app's `CommonModel`): `this` is the model class
 * each caller names (`Lead.findById(id)`), so the statement is judged with each caller's class
 * (callee.ts) and placed by the shared policy (query/placement.ts): inside, where it runs, when
 * every visible caller gets the same verdict; at the callers that scan when they differ. A static
 * returning its query unawaited hands it to the caller (sequelize-static-returns.ts) and is not one.
 */
import { CALLABLE_NODES, flattenChain, visit, type N } from './ast';
import { isChainTop } from './queries';
import { returnedFromStatic } from './sequelize-static-returns';
import { staticSelf } from './sqlgen';

/** Cheap text test first: a file with no static method calling on `this` has none. */
export function mayHaveStaticThis(src: string): boolean {
  return src.includes('static') && /\bthis\s*\.\s*\w+\s*\(/.test(src);
}

/** The static methods of `root` whose body runs a call chain rooted at `this`. */
export function staticThisFunctions(root: N): N[] {
  if (!mayHaveStaticThis(root.src)) return [];
  const out = new Set<N>();
  visit(root, (x) => {
    if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
    const r0 = flattenChain(x)[0];
    if (r0?.kind !== 'root' || r0.name !== 'this' || staticSelf(r0.node) === undefined || returnedFromStatic(x)) return undefined;
    const fn = enclosingMethod(x);
    if (fn) out.add(fn);
    return undefined;
  });
  return [...out];
}


function enclosingMethod(x: N): N | undefined {
  for (let p = x.parent; p; p = p.parent) {
    if (p.type === 'arrow_function') continue;
    if (CALLABLE_NODES.has(p.type)) return p.type === 'method_definition' ? p : undefined;
  }
  return undefined;
}
