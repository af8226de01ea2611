/**
 * A variable that holds a query on some paths and an empty collection or `None` on others
 * (`if criterion is not None: journal = Log.query().filter(criterion)` / `else: journal = []`):
 * on the literal's path no statement runs. That path is left out of the run's alternatives
 * instead of making the whole run unknown; the paths that build a query are judged as usual.
 */
import { named, type PyNode, unparen } from './ast';
import { Unknown } from './synth';

export class NoRun extends Unknown {
  constructor() {
    super('no statement on this path');
  }
}

/** `[]`, `()`, `{}` or `None`: what a variable holds on a path that runs no statement. */
export function emptyValue(n: PyNode | undefined): boolean {
  const u = unparen(n);
  if (!u) return false;
  if (u.type === 'none') return true;
  return (u.type === 'list' || u.type === 'tuple' || u.type === 'dictionary') && named(u).filter((c) => c.type !== 'comment').length === 0;
}
