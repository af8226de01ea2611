/**
 * Python module summaries: per parsed unit its top-level functions and classes (methods, class
 * attributes), imports, per-function summaries (parameters, the one expression returned on every
 * path, the places that evaluate a parameter) and the signature other modules depend on. The
 * index that holds them per workspace folder is `PythonIndex` (`workspace.ts`).
 */
import { callArgs, field, named, type PyNode, type PyTree, ScopeIndex, textOf, unparen, walk } from './ast';

/** A piece of a file that was parsed on its own: a whole file, or one top-level statement. */
export interface Unit {
  readonly file: string;
  readonly tree: PyTree;
  /** Offset of `tree.src` in the file. */
  readonly base: number;
}

export interface FnInfo {
  readonly unit: Unit;
  readonly node: PyNode;
  readonly name: string;
  /** Parameter names in order (`self`/`cls` included). */
  readonly params: readonly string[];
  /** The one expression returned on every path, or undefined (several returns, none, a branch). */
  readonly returns: PyNode | undefined;
  /** The class the function is a method of. */
  readonly owner?: ClassInfo;
}

export interface ClassInfo {
  readonly unit: Unit;
  readonly node: PyNode;
  readonly name: string;
  /** Dotted base class names as written. */
  readonly bases: readonly string[];
  readonly methods: ReadonlyMap<string, FnInfo>;
  /** Class-level assignments (`model = Lead`, `queryset = ...`). */
  readonly attrs: ReadonlyMap<string, PyNode>;
}

/** `from a.b import c as d` → d: {module: 'a.b', name: 'c', level: 0}; `import a.b as m` → m: {module: 'a.b'}. */
export interface ImportRef {
  readonly module: string;
  readonly name?: string;
  /** Leading dots of a relative import. */
  readonly level: number;
}

export interface ModuleInfo {
  readonly file: string;
  readonly functions: ReadonlyMap<string, FnInfo>;
  readonly classes: ReadonlyMap<string, ClassInfo>;
  readonly imports: ReadonlyMap<string, ImportRef>;
  /** Module-level instances assigned once (`lead = CRUDLead(Lead)`): the constructor call. */
  readonly instances: ReadonlyMap<string, Instance>;
  /** Module-level names assigned once to a string or a call (`COUNT_SQL = SQL("…").format(…)`): the value. */
  readonly constants: ReadonlyMap<string, Constant>;
  /** Names called somewhere in the module (`name(`), for "has a caller in the workspace". */
  readonly called: ReadonlySet<string>;
  /** What other modules see (changes → dependents are re-checked). */
  readonly signature: string;
}

/** A module-level `name = Class(args)`: the constructor call in its unit. */
export interface Instance {
  readonly unit: Unit;
  readonly call: PyNode;
}

/** A module-level `NAME = "…"` (or a call that composes one, or a display): the value in its unit. */
export interface Constant {
  readonly unit: Unit;
  readonly value: PyNode;
}

// Displays too: a table of lookups a loop walks (`COLUMN_FILTERS = {"customer": "email__icontains"}`).
const CONSTANT_VALUE = new Set(['string', 'concatenated_string', 'binary_operator', 'call', 'dictionary', 'list', 'tuple']);

export type PySymbol =
  | { readonly kind: 'function'; readonly fn: FnInfo }
  | { readonly kind: 'instance'; readonly inst: Instance }
  | { readonly kind: 'class'; readonly cls: ClassInfo }
  | { readonly kind: 'module'; readonly mod: ModuleInfo };

/** Summaries of the top-level statements of one unit. */
export function summarizeUnit(unit: Unit): { functions: FnInfo[]; classes: ClassInfo[]; imports: [string, ImportRef][]; instances: [string, Instance | undefined][]; constants: [string, Constant | undefined][] } {
  const t = unit.tree;
  const functions: FnInfo[] = [];
  const classes: ClassInfo[] = [];
  const imports: [string, ImportRef][] = [];
  // `undefined`: a name assigned otherwise (not one instance).
  const instances: [string, Instance | undefined][] = [];
  const constants: [string, Constant | undefined][] = [];
  const visit = (parent: PyNode): void => {
    for (const c of parent.children) {
      const d = c.type === 'decorated_definition' ? field(c, 'definition') : c;
      if (!d) continue;
      if (d.type === 'function_definition') functions.push(fnInfo(unit, d));
      else if (d.type === 'class_definition') classes.push(classInfoOf(unit, d));
      else if (d.type === 'import_statement' || d.type === 'import_from_statement') imports.push(...importRefs(t, d));
      else if (d.type === 'expression_statement') {
        const a = named(d)[0];
        const l = a?.type === 'assignment' ? field(a, 'left') : undefined;
        const r = a ? unparen(field(a, 'right')) : undefined;
        // Only `name = Capitalized(…)` (a class, by convention): anything else shadows an earlier instance.
        const f = r?.type === 'call' ? field(r, 'function') : undefined;
        const isCtor = f && (f.type === 'identifier' || f.type === 'attribute') && /^[A-Z]/.test(textOf(t, f.type === 'attribute' ? field(f, 'attribute')! : f));
        if (l?.type === 'identifier') instances.push([textOf(t, l), parent === t.root && isCtor ? { unit, call: r! } : undefined]);
        if (l?.type === 'identifier') constants.push([textOf(t, l), parent === t.root && r && CONSTANT_VALUE.has(r.type) ? { unit, value: r } : undefined]);
      } else if (d.type === 'if_statement' || d.type === 'try_statement' || d.type === 'block' || d.type === 'else_clause' || d.type === 'except_clause') visit(d);
    }
  };
  visit(t.root);
  return { functions, classes, imports, instances, constants };
}

function importRefs(t: PyTree, d: PyNode): [string, ImportRef][] {
  const out: [string, ImportRef][] = [];
  if (d.type === 'import_statement') {
    for (const c of named(d)) {
      if (c.type === 'dotted_name') {
        // `import a.b` binds `a` (the package); attributes reach the submodule.
        const full = textOf(t, c);
        out.push([full.split('.')[0]!, { module: full.split('.')[0]!, level: 0 }]);
      } else if (c.type === 'aliased_import') {
        const n = field(c, 'name');
        const a = field(c, 'alias');
        if (n && a) out.push([textOf(t, a), { module: textOf(t, n), level: 0 }]);
      }
    }
    return out;
  }
  const modNode = field(d, 'module_name');
  if (!modNode) return out;
  const raw = textOf(t, modNode).replace(/\s+/g, '');
  const level = /^\.*/.exec(raw)![0].length;
  const module = raw.slice(level);
  for (const c of d.children) {
    if (c.field !== 'name') continue;
    if (c.type === 'dotted_name') out.push([textOf(t, c), { module, name: textOf(t, c), level }]);
    else if (c.type === 'aliased_import') {
      const n = field(c, 'name');
      const a = field(c, 'alias');
      if (n && a) out.push([textOf(t, a), { module, name: textOf(t, n), level }]);
    }
  }
  return out;
}

function paramNames(t: PyTree, fn: PyNode): string[] {
  const out: string[] = [];
  const ps = field(fn, 'parameters');
  for (const p of ps ? named(ps) : []) {
    if (p.type === 'identifier') out.push(textOf(t, p));
    else if (p.type === 'default_parameter' || p.type === 'typed_parameter' || p.type === 'typed_default_parameter') {
      const n = field(p, 'name') ?? named(p).find((x) => x.type === 'identifier');
      if (n?.type === 'identifier') out.push(textOf(t, n));
      else out.push('\u0000');
    } else out.push('\u0000');
  }
  return out;
}

/** The expression every path returns: the function's only `return`, its last statement. */
export function singleReturn(fn: PyNode): PyNode | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  const stmts = named(body);
  const last = stmts[stmts.length - 1];
  if (last?.type !== 'return_statement') return undefined;
  let returns = 0;
  let yields = false;
  const visit = (n: PyNode): void => {
    for (const c of n.children) {
      if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
      if (c.type === 'return_statement') returns++;
      if (c.type === 'yield') yields = true;
      visit(c);
    }
  };
  visit(body);
  if (returns !== 1 || yields) return undefined;
  return named(last)[0];
}

const returnsCache = new WeakMap<PyNode, PyNode[] | null>();

/**
 * The expressions a function with several `return`s gives back (`if user.is_superuser: return
 * self` / `return self.filter(user=user)`): 2 to 4 returns, each with a value, the last statement
 * one of them (no path falls off the end); undefined otherwise.
 */
export function everyReturn(fn: PyNode): PyNode[] | undefined {
  const memo = returnsCache.get(fn);
  if (memo !== undefined) return memo ?? undefined;
  const body = field(fn, 'body');
  const stmts = body ? named(body) : [];
  const out: PyNode[] = [];
  let ok = stmts[stmts.length - 1]?.type === 'return_statement';
  const visit = (n: PyNode): void => {
    for (const c of n.children) {
      if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
      if (c.type === 'yield') ok = false;
      if (c.type === 'return_statement') {
        const v = named(c)[0];
        if (v) out.push(v);
        else ok = false;
      }
      visit(c);
    }
  };
  if (ok && body) visit(body);
  const r = ok && out.length >= 2 && out.length <= 4 ? out : undefined;
  returnsCache.set(fn, r ?? null);
  return r;
}

export function fnInfo(unit: Unit, d: PyNode, owner?: ClassInfo): FnInfo {
  const t = unit.tree;
  return { unit, node: d, name: textOf(t, field(d, 'name')!), params: paramNames(t, d), returns: singleReturn(d), ...(owner ? { owner } : {}) };
}

const classCache = new WeakMap<PyNode, ClassInfo>();

/** The class description of a class node (cached per node). */
export function classInfoOf(unit: Unit, d: PyNode): ClassInfo {
  let c = classCache.get(d);
  if (!c) {
    c = classInfo(unit, d);
    classCache.set(d, c);
  }
  return c;
}

const scopeCache = new WeakMap<PyTree, ScopeIndex>();

/** One `ScopeIndex` per tree. */
export function scopesOf(t: PyTree): ScopeIndex {
  let s = scopeCache.get(t);
  if (!s) {
    s = new ScopeIndex(t);
    scopeCache.set(t, s);
  }
  return s;
}

function classInfo(unit: Unit, d: PyNode): ClassInfo {
  const t = unit.tree;
  const bases: string[] = [];
  const sup = field(d, 'superclasses');
  if (sup) for (const b of named(sup)) if (b.type !== 'keyword_argument') bases.push(textOf(t, b).replace(/\s+/g, '').replace(/\[.*\]$/, ''));
  const methods = new Map<string, FnInfo>();
  const attrs = new Map<string, PyNode>();
  const info: ClassInfo = { unit, node: d, name: textOf(t, field(d, 'name')!), bases, methods, attrs };
  const body = field(d, 'body');
  for (const s of body ? named(body) : []) {
    const f = s.type === 'decorated_definition' ? field(s, 'definition') : s;
    if (f?.type === 'function_definition') methods.set(textOf(t, field(f, 'name')!), fnInfo(unit, f, info));
    else if (s.type === 'expression_statement') {
      const a = named(s)[0];
      const left = a?.type === 'assignment' ? field(a, 'left') : undefined;
      const right = a ? field(a, 'right') : undefined;
      if (left?.type === 'identifier' && right) attrs.set(textOf(t, left), right);
    }
  }
  return info;
}

/** A short text per unit that changes when what other code sees of it changes. */
export function unitSignature(unit: Unit, s: ReturnType<typeof summarizeUnit>): string {
  const t = unit.tree;
  // A loop's body is not part of what it evaluates: only its iterable is.
  const site = (n: PyNode): string => textOf(t, n.type === 'call' ? n : (field(n, 'right') ?? n));
  const fn = (f: FnInfo): string => `${f.name}(${f.params.join(',')})=${f.returns ? textOf(t, f.returns) : '?'};${paramEvaluations(f, true).map(site).join('|')}`;
  const parts: string[] = [];
  for (const f of s.functions) parts.push(`def ${fn(f)}`);
  for (const c of s.classes) {
    parts.push(`class ${c.name}(${c.bases.join(',')})`);
    for (const [k, v] of c.attrs) parts.push(` ${k}=${textOf(t, v)}`);
    for (const m of c.methods.values()) parts.push(` def ${fn(m)}`);
  }
  for (const [k, r] of s.imports) parts.push(`import ${k}=${'.'.repeat(r.level)}${r.module}:${r.name ?? ''}`);
  for (const [k, v] of s.instances) parts.push(`${k}=${v ? textOf(t, v.call) : '?'}`);
  // A string constant another module executes: its text is what that module judges.
  for (const [k, v] of s.constants) if (v && v.value.type !== 'call') parts.push(`${k}=${textOf(t, v.value)}`);
  return parts.join('\n');
}

const EVAL_METHODS = new Set(['get', 'exec', 'count', 'exists', 'first', 'last', 'earliest', 'latest', 'update', 'delete', 'iterator', 'aggregate', 'all', 'one', 'one_or_none', 'scalar', 'scalars', 'execute', 'scalar_one', 'scalar_one_or_none']);
const EVAL_FUNCS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'bool', 'sum', 'any', 'max', 'min', 'enumerate']);

const evalCache = new WeakMap<FnInfo, PyNode[]>();

/** The name a chain starts at (`qs` for `qs.filter(…).values(…)[0]`), if it starts at a name. */
export function chainRoot(t: PyTree, n: PyNode | undefined): string | undefined {
  let x = unparen(n);
  for (let k = 0; x && k < 64; k++) {
    if (x.type === 'identifier') return textOf(t, x);
    if (x.type === 'call') x = unparen(field(field(x, 'function'), 'object') ?? undefined);
    else if (x.type === 'attribute' || x.type === 'subscript') x = unparen(field(x, 'object') ?? field(x, 'value'));
    else return undefined;
  }
  return undefined;
}

/** A function's parameters, not the `self`/`cls` of a method. */
function ownParams(f: FnInfo): Set<string> {
  return new Set(f.params.filter((p, i) => p !== '\u0000' && !(i === 0 && f.owner && (p === 'self' || p === 'cls'))));
}

/**
 * Evaluation sites in a function whose chain starts at one of its parameters (`for x in qs`,
 * `qs.count()`, `list(qs.filter(...))`, `session.execute(stmt)`): what "evaluates a parameter"
 * means in the summary. The nodes are the evaluating expressions (call, loop, subscript).
 */
export function paramEvaluations(f: FnInfo, derived = false): PyNode[] {
  const cache = derived ? derivedCache : evalCache;
  const hit = cache.get(f);
  if (hit) return hit;
  const t = f.unit.tree;
  const params = derived ? paramDerivedNames(f) : ownParams(f);
  const out: PyNode[] = [];
  if (params.size > 0) {
    const body = field(f.node, 'body');
    const mentionsParam = (n: PyNode | undefined): boolean => {
      const r = chainRoot(t, n);
      return r !== undefined && params.has(r);
    };
    if (body) {
      walk(body, (n) => {
        if (n.type === 'call') {
          const fn = field(n, 'function');
          if (fn?.type === 'attribute') {
            const m = textOf(t, field(fn, 'attribute')!);
            if (EVAL_METHODS.has(m) && (mentionsParam(field(fn, 'object')) || ((m === 'execute' || m === 'scalars' || m === 'scalar') && mentionsParam(callArgs(t, n).positional[0])))) out.push(n);
          } else if (fn?.type === 'identifier' && EVAL_FUNCS.has(textOf(t, fn)) && mentionsParam(callArgs(t, n).positional[0])) out.push(n);
        } else if ((n.type === 'for_statement' || n.type === 'for_in_clause') && mentionsParam(field(n, 'right'))) out.push(n);
      });
    }
  }
  cache.set(f, out);
  return out;
}

const derivedCache = new WeakMap<FnInfo, PyNode[]>();

/** A function's parameters (not `self`/`cls`) and the locals derived from them (`derivedLocals`). */
export function paramDerivedNames(f: FnInfo): Set<string> {
  const params = ownParams(f);
  const body = field(f.node, 'body');
  if (body && params.size) for (const n of derivedLocals(f.unit.tree, body, params)) params.add(n);
  return params;
}

/**
 * Locals assigned from a chain that starts at a parameter or at such a local (`per_hour =
 * hits.values("kind")`): evaluating them evaluates what the caller passed, refined.
 */
function derivedLocals(t: PyTree, body: PyNode, params: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const assigns: [string, PyNode][] = [];
  walk(body, (n) => {
    if (n.type !== 'assignment') return;
    const left = field(n, 'left');
    const right = field(n, 'right');
    if (left?.type === 'identifier' && right) assigns.push([textOf(t, left), right]);
  });
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, right] of assigns) {
      const r = chainRoot(t, right);
      if (found.has(name) || params.has(name) || r === undefined || !(params.has(r) || found.has(r))) continue;
      found.add(name);
      grew = true;
    }
  }
  return found;
}

export function moduleInfo(file: string, units: readonly Unit[], called: ReadonlySet<string>, summaries?: readonly ReturnType<typeof summarizeUnit>[], signatures?: readonly string[]): ModuleInfo {
  const functions = new Map<string, FnInfo>();
  const classes = new Map<string, ClassInfo>();
  const imports = new Map<string, ImportRef>();
  const assigned = new Map<string, Instance | undefined>();
  const consts = new Map<string, Constant | undefined>();
  const sigs: string[] = [];
  units.forEach((u, i) => {
    const s = summaries?.[i] ?? summarizeUnit(u);
    for (const f of s.functions) functions.set(f.name, f);
    for (const c of s.classes) classes.set(c.name, c);
    for (const [k, r] of s.imports) imports.set(k, r);
    for (const [k, v] of s.instances) assigned.set(k, assigned.has(k) ? undefined : v);
    for (const [k, v] of s.constants) consts.set(k, consts.has(k) ? undefined : v);
    sigs.push(signatures?.[i] ?? unitSignature(u, s));
  });
  const instances = new Map<string, Instance>();
  for (const [k, v] of assigned) if (v) instances.set(k, v);
  const constants = new Map<string, Constant>();
  for (const [k, v] of consts) if (v) constants.set(k, v);
  return { file, functions, classes, imports, instances, constants, called, signature: sigs.join('\n') };
}
