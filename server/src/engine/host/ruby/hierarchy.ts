/**
 * Class hierarchy questions answered from the index's outlines (kept out of workspace.ts, which
 * holds the index itself).
 */
import type { RubyIndex } from './workspace';

/**
 * Subclasses of a class (transitively, at most 4) that define one of `names`: the runtime
 * classes of a base class's template method that calls hooks only its subclasses define.
 */
export function subclassesDefining(idx: RubyIndex, cls: string, names: readonly string[]): string[] {
  const out: string[] = [];
  const queue = [cls];
  const seen = new Set(queue);
  while (queue.length && out.length < 4) {
    const base = queue.shift()!;
    for (const f of idx.filesMentioning(base.slice(base.lastIndexOf(':') + 1))) {
      for (const c of idx.outline(f).classes) {
        if (c.module || !c.superclass || seen.has(c.name) || idx.superclassOf(c.name) !== base) continue;
        seen.add(c.name);
        queue.push(c.name);
        // `controller_name` is answered by every controller that has no subclass of its own.
        if (names.some((n) => idx.method(c.name, n, false)) || (names.includes('controller_name') && isLeaf(idx, c.name))) out.push(c.name);
      }
    }
  }
  return out.sort().slice(0, 4);
}

function isLeaf(idx: RubyIndex, cls: string): boolean {
  return !idx.filesMentioning(cls.slice(cls.lastIndexOf(':') + 1)).some((f) => idx.outline(f).classes.some((d) => !d.module && idx.superclassOf(d.name) === cls));
}
