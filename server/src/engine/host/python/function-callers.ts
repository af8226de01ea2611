/**
 * The visible calls of a function or method, shared by the readers that type a parameter by what
 * its callers pass (an instance, a row, a collection): a module function called by name or
 * through its module (`helpers.f(…)`), a `@staticmethod`/`@classmethod` called as `Cls.f(…)`, an
 * instance method called as `Cls().f(…)`, on a local holding `Cls(…)`, or as `self.f(…)` inside
 * the class. Each call is resolved back (`resolveCallee`) so another function of the same name is
 * not taken for a caller.
 */
import { field, type PyNode, type PyTree, textOf } from './ast';
import { type Callee, type CallSite, enclosingClass, resolveCallee } from './calls';
import { type FnInfo, scopesOf } from './summaries';
import type { PythonIndex } from './workspace';

export interface FunctionCall {
  readonly file: string;
  readonly tree: PyTree;
  readonly call: PyNode;
  /** What the call runs, with what `self` is (for binding its arguments). */
  readonly callee: Callee;
  /** The caller's file as a call site (`self`/`cls` its enclosing class). */
  readonly site: CallSite;
}

/** A function definition's name and the name of the module-level class it is a method of (none for a module function). */
export function definitionOf(t: PyTree, fnNode: PyNode): { name: string; owner: string | undefined } | undefined {
  const nameNode = fnNode.type === 'function_definition' ? field(fnNode, 'name') : undefined;
  if (!nameNode) return undefined;
  const top = fnNode.parent?.type === 'decorated_definition' ? fnNode.parent : fnNode;
  if (top.parent?.type === 'module') return { name: textOf(t, nameNode), owner: undefined };
  const cls = top.parent?.type === 'block' ? top.parent.parent : undefined;
  const clsTop = cls?.parent?.type === 'decorated_definition' ? cls.parent : cls;
  if (cls?.type !== 'class_definition' || clsTop?.parent?.type !== 'module') return undefined;
  return { name: textOf(t, nameNode), owner: textOf(t, field(cls, 'name')!) };
}

/** A call site of an indexed file, reading `self`/`cls` as the enclosing class. */
export function fileSite(py: PythonIndex, tree: PyTree, file: string): CallSite {
  return {
    py,
    t: tree,
    file,
    scopes: scopesOf(tree),
    selfClass: (obj) => {
      const n = textOf(tree, obj);
      return n === 'self' || n === 'cls' ? enclosingClass(tree, file, obj) : undefined;
    },
  };
}

const norm = (f: string): string => f.replace(/\\/g, '/');

/**
 * The visible calls of the function `fnNode` defines in `file` (at most `limit` calls of its name
 * are read; `complete` is false when there may be more). Undefined for a nested function.
 */
export function callsOfFunction(py: PythonIndex, t: PyTree, file: string, fnNode: PyNode, limit: number): { calls: FunctionCall[]; complete: boolean } | undefined {
  const def = definitionOf(t, fnNode);
  if (!def) return undefined;
  const named = py.callsOf(def.name, limit);
  const calls: FunctionCall[] = [];
  for (const c of named) {
    const site = fileSite(py, c.tree, c.file);
    const callee = resolveCallee(site, c.call);
    // The index holds its own parse of each file: the same function is the same file, class and name.
    if (!callee || callee.fn.name !== def.name || norm(callee.fn.unit.file) !== norm(file) || callee.fn.owner?.name !== def.owner) continue;
    calls.push({ file: c.file, tree: c.tree, call: c.call, callee, site });
  }
  return { calls, complete: named.length < limit };
}

/** The index's own summary of the function or method `fnNode` defines in `file`. */
export function indexedFunction(py: PythonIndex, t: PyTree, file: string, fnNode: PyNode): FnInfo | undefined {
  const def = definitionOf(t, fnNode);
  const sym = def ? py.resolve(file, def.owner ?? def.name) : undefined;
  if (def?.owner === undefined) return sym?.kind === 'function' ? sym.fn : undefined;
  return sym?.kind === 'class' ? sym.cls.methods.get(def.name) : undefined;
}
