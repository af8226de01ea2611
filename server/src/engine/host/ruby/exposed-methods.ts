/**
 * A public method of a plain class (a service, a query object) that nothing in the workspace
 * calls: a relation it returns leaves the code we can see, so it is judged where it is built.
 */
import type { EvalContext } from './ar-values';
import { methodStamp } from './ar-calls';
import { calledByShorthand } from './call-sugar';
import { FRAMEWORK_OWNER } from './file-entry';
import { child, type RNode } from './syntax';
import type { Unit } from './units';
import type { RubyIndex } from './workspace';

/**
 * Whether a relation returned by this method leaves the code we can see: a public method of a
 * plain class (a service, a query object) that nothing in the workspace calls. Its callers are
 * where relations are judged otherwise.
 */
export function exposedMethod(idx: RubyIndex, ctx: EvalContext, unit: Unit, def: RNode, fileName: string): string | undefined {
  const owner = unit.nesting[unit.nesting.length - 1];
  if (!owner || FRAMEWORK_OWNER.test(owner)) return undefined;
  // By name, not position: while typing, the index may hold the previous version of the file.
  const nameNode = child(def, 'name');
  const name = nameNode ? ctx.src.slice(nameNode.start, nameNode.end) : undefined;
  const singleton = def.type === 'singleton_method' || !!unit.singleton;
  const decl = idx.methodsOf(fileName).find((m) => m.name === name && m.owner === owner && m.singleton === singleton);
  if (!decl || decl.visibility !== 'public' || decl.owner !== owner) return undefined;
  const plain = idx.plainClass(owner, []);
  ctx.deps?.set(`p:${owner}|`, plain ?? '');
  if (plain !== owner) return undefined;
  let called = idx.mayBeCalled(decl.name);
  ctx.deps?.set(`c:${decl.name}`, String(called));
  if (!called && decl.name === 'call') {
    const t = calledByShorthand(idx, owner);
    ctx.deps?.set(`x:s|${owner}`, t);
    called = t === '1';
  }
  // Visibility and source of the method as the index sees it (a `private` added above changes it).
  ctx.deps?.set(`m:${owner}|${decl.name}|${singleton}`, methodStamp(idx.method(owner, decl.name, singleton)));
  return called ? undefined : decl.name;
}
