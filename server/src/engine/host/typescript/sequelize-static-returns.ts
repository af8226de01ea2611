/**
 * A Sequelize model's static method that returns its own query unawaited (`static removeById(id)
 * { return this.destroy({ where: { id } }) }`): the promise goes to the caller, which awaits it, and
 * `this` is the class the caller names. Such a query is judged at each call the workspace shows
 * (the follow pass), not in the static; with no visible call nothing is reported.
 */
import { flattenChain, type N } from './ast';
import { returnedUnrun, staticSelf } from './sqlgen';

/** Whether the chain ending at call `top` is `this.<query>(…)` returned unawaited from a static method. */
export function returnedFromStatic(top: N): boolean {
  const r0 = flattenChain(top)[0];
  return r0?.kind === 'root' && r0.name === 'this' && staticSelf(r0.node) !== undefined && returnedUnrun(top);
}
