/**
 * Metamorphic transformations for SQLAlchemy cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 *
 * The rewrites work on Python's own syntax tree (`ast`, end positions included), read once per file text by
 * one `python3` process per case: the driver's `apply` is synchronous, which web-tree-sitter's loader is not.
 * Every rewritten file is parsed again, and a rewrite that breaks the syntax throws: it is a bug here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { CaseFiles, Transform } from './transform';

/** One node of Python's `ast`, with `s`/`e` as UTF-16 offsets in the file (statements and expressions). */
interface Py {
  readonly _t: string;
  readonly s?: number;
  readonly e?: number;
  readonly [field: string]: unknown;
}

const DUMP = `
import ast, json, re, sys
out = {}
for path, text in json.load(sys.stdin).items():
    try:
        tree = ast.parse(text)
    except SyntaxError as e:
        out[path] = {"_t": "SyntaxError", "msg": str(e)}
        continue
    lines = re.findall(r"[^\\n]*\\n|[^\\n]+$", text)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln.encode("utf-16-le")) // 2)
    def off(lineno, col):
        if lineno - 1 >= len(lines):
            return starts[-1]
        return starts[lineno - 1] + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "ignore").encode("utf-16-le")) // 2
    def conv(n):
        if isinstance(n, list):
            return [conv(x) for x in n]
        if not isinstance(n, ast.AST):
            return n if n is None or isinstance(n, (str, int, float, bool)) else repr(n)
        d = {"_t": type(n).__name__}
        if getattr(n, "end_lineno", None) is not None:
            d["s"] = off(n.lineno, n.col_offset)
            d["e"] = off(n.end_lineno, n.end_col_offset)
        for f, v in ast.iter_fields(n):
            if isinstance(v, ast.expr_context):
                d[f] = type(v).__name__
            elif isinstance(v, (ast.AST, list)):
                d[f] = conv(v)
            elif v is None or isinstance(v, (str, int, float, bool)):
                d[f] = v
            else:
                d[f] = repr(v)
        return d
    out[path] = conv(tree)
json.dump(out, sys.stdout)
`;

const parsed = new Map<string, Py>();
let primed = false;

/** Every Python file of the SQLAlchemy cases, read once: one `python3` process parses them all. */
function prime(): void {
  if (primed) return;
  primed = true;
  const all = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) all.set(p, fs.readFileSync(p, 'utf8'));
    }
  };
  const root = path.join(import.meta.dirname, '..', 'accuracy', 'sqlalchemy');
  if (fs.existsSync(root)) walk(root);
  parse(all);
}

/** The trees of the Python files among `files` (a file that does not parse maps to a `SyntaxError` node). */
function parse(files: ReadonlyMap<string, string>): Map<string, Py> {
  prime();
  const todo = new Map([...files].filter(([f, t]) => f.endsWith('.py') && !parsed.has(t)));
  if (todo.size > 0) {
    const out = JSON.parse(execFileSync('python3', ['-c', DUMP], { input: JSON.stringify(Object.fromEntries(todo)), maxBuffer: 1 << 28 }).toString()) as Record<string, Py>;
    for (const [f, t] of todo) parsed.set(t, out[f]!);
  }
  return new Map([...files].filter(([f]) => f.endsWith('.py')).map(([f, t]) => [f, parsed.get(t)!]));
}

function kids(n: Py): Py[] {
  const out: Py[] = [];
  for (const [k, v] of Object.entries(n)) {
    if (k === '_t') continue;
    if (Array.isArray(v)) for (const x of v) if (x && typeof x === 'object' && '_t' in x) out.push(x as Py);
    if (v && typeof v === 'object' && !Array.isArray(v) && '_t' in v) out.push(v as Py);
  }
  return out;
}

/** Every node under `root` with its ancestors (nearest last). */
function nodes(root: Py): { n: Py; up: Py[] }[] {
  const out: { n: Py; up: Py[] }[] = [];
  const go = (n: Py, up: Py[]): void => {
    out.push({ n, up });
    for (const k of kids(n)) go(k, [...up, n]);
  };
  go(root, []);
  return out;
}

const arr = (v: unknown): Py[] => (Array.isArray(v) ? (v as Py[]) : []);
const obj = (v: unknown): Py | undefined => (v && typeof v === 'object' && '_t' in v ? (v as Py) : undefined);
const SCOPES = new Set(['FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);
const STMT_FIELDS = ['body', 'orelse', 'finalbody'];
const LABEL = /#\s*expect:\s*(?:scans-all|prunes)\s*\[([\w-]+)\]/;

interface Edit {
  readonly s: number;
  readonly e: number;
  readonly text: string;
}

/** Applies non-overlapping edits (insertions at one offset keep their order); undefined when two overlap. */
function edit(text: string, edits: readonly Edit[]): string | undefined {
  const sorted = edits.map((x, i) => ({ ...x, i })).sort((a, b) => a.s - b.s || a.e - b.e || a.i - b.i);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.s < sorted[i - 1]!.e) return undefined;
  let out = '';
  let at = 0;
  for (const x of sorted) {
    out += text.slice(at, x.s) + x.text;
    at = x.e;
  }
  return out + text.slice(at);
}

/** Every identifier a file uses or binds, to pick fresh names. */
function identifiers(root: Py): Set<string> {
  const out = new Set<string>();
  for (const { n } of nodes(root)) {
    for (const k of ['id', 'name', 'arg', 'asname', 'attr']) if (typeof n[k] === 'string') out.add(n[k] as string);
    if (n._t === 'alias') out.add(String(n.name).split('.')[0]!);
  }
  return out;
}

function fresh(used: Set<string>, base: string): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}${i}`;
  used.add(name);
  return name;
}

/** Dotted module name of a case file (`app/filters.py` → `app.filters`, `app/__init__.py` → `app`). */
function moduleOf(file: string): string {
  return file.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/').join('.');
}

/** The case file an import names (absolute, or relative to `from`), also under a source root (`src/app`). */
function resolveModule(files: ReadonlyMap<string, string>, from: string, module: string | null, level: number): string | undefined {
  let name = module ?? '';
  if (level > 0) {
    const pkg = moduleOf(from).split('.');
    if (!from.endsWith('__init__.py')) pkg.pop();
    if (level - 1 > pkg.length) return undefined;
    name = [...pkg.slice(0, pkg.length - (level - 1)), ...(module ? [module] : [])].join('.');
  }
  const hits = [...files.keys()].filter((f) => f.endsWith('.py') && (moduleOf(f) === name || moduleOf(f).endsWith(`.${name}`)));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Names a file binds other than through the given import alias nodes (defs, assignments, parameters, other imports). */
function otherBindings(root: Py, except: ReadonlySet<Py>): Set<string> {
  const out = new Set<string>();
  for (const { n } of nodes(root)) {
    if (n._t === 'Name' && n.ctx !== 'Load') out.add(n.id as string);
    else if (n._t === 'arg' || ((n._t === 'FunctionDef' || n._t === 'AsyncFunctionDef' || n._t === 'ClassDef') && typeof n.name === 'string')) out.add((n.arg ?? n.name) as string);
    else if (n._t === 'alias' && !except.has(n)) out.add(String(n.asname ?? n.name).split('.')[0]!);
    else if (n._t === 'Global' || n._t === 'Nonlocal') for (const x of arr(n.names)) out.add(String(x));
    else if (n._t === 'ExceptHandler' && typeof n.name === 'string') out.add(n.name);
    else if (n._t === 'MatchAs' || n._t === 'MatchStar') if (typeof n.name === 'string') out.add(n.name);
  }
  return out;
}

/** Strings of a file, to leave alone a name that string annotations or registries may spell. */
function strings(root: Py): string[] {
  return nodes(root)
    .map(({ n }) => n)
    .filter((n) => n._t === 'Constant' && typeof n.value === 'string')
    .map((n) => n.value as string);
}

/** Whether other files import `name` from `file`'s module or read it as an attribute of some module. */
function reexported(trees: ReadonlyMap<string, Py>, files: CaseFiles, file: string, name: string): boolean {
  for (const [f, t] of trees) {
    if (f === file) continue;
    for (const { n } of nodes(t)) {
      if (n._t === 'ImportFrom' && resolveModule(files, f, n.module as string | null, n.level as number) === file && arr(n.names).some((a) => a.name === name || a.name === '*')) return true;
      if (n._t === 'Attribute' && n.attr === name) return true;
    }
  }
  return false;
}

/** The statement that holds `up`'s innermost expression, when new lines can go just before it: undefined if not. */
function hostStatement(text: string, n: Py, up: readonly Py[]): Py | undefined {
  for (let i = up.length - 1; i >= 0; i--) {
    const a = up[i]!;
    if (SCOPES.has(a._t) || a._t === 'IfExp' || a._t === 'BoolOp' || a._t === 'NamedExpr' || a._t === 'JoinedStr') return undefined;
    const parent = up[i - 1];
    if (!parent || !STMT_FIELDS.some((f) => arr(parent[f]).includes(a))) continue;
    if (a._t === 'While' || a._t === 'Try' || a._t === 'TryStar') return undefined;
    // An `elif` is an `If` alone in its parent's `orelse`: nothing can go before it.
    if (a._t === 'If' && text.startsWith('elif', a.s!)) return undefined;
    const lineStart = text.lastIndexOf('\n', a.s! - 1) + 1;
    if (text.slice(lineStart, a.s).trim() !== '') return undefined;
    // The expression must be in the statement's own header, not in a nested block.
    if (STMT_FIELDS.some((f) => arr(a[f]).some((b) => b.s! <= n.s! && n.e! <= b.e!))) return undefined;
    return a;
  }
  return undefined;
}

function indentOf(text: string, s: number): { lineStart: number; indent: string } {
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  return { lineStart, indent: text.slice(lineStart, s) };
}

/** Wraps a per-file rewrite: parses, rewrites, checks the syntax of the result. */
function rewrite(name: string, fn: (file: string, text: string, tree: Py, all: { files: CaseFiles; trees: Map<string, Py> }) => Edit[]): (files: CaseFiles) => Map<string, string> | undefined {
  return (files) => {
    const trees = parse(files);
    if ([...trees.values()].some((t) => t._t === 'SyntaxError')) return undefined;
    const out = new Map<string, string>();
    for (const [file, tree] of trees) {
      const text = files.get(file)!;
      const edits = fn(file, text, tree, { files, trees });
      if (edits.length === 0) continue;
      const next = edit(text, edits);
      if (next !== undefined && next !== text) out.set(file, next);
    }
    if (out.size === 0) return undefined;
    // The re-parse costs a process per variant, so it is asked for (the CLI lists files it could not parse anyway).
    if (process.env.PL_META_SYNTAX) for (const [file, t] of parse(out)) if (t._t === 'SyntaxError') throw new Error(`${name} broke the syntax of ${file}: ${String(t.msg)}\n${out.get(file)}`);
    return out;
  };
}

/** Module-level `from m import a, b` of the case's own modules, in files other than packages' `__init__`. */
function localImports(file: string, tree: Py, files: CaseFiles): { stmt: Py; target: string }[] {
  if (file.endsWith('__init__.py')) return [];
  return arr(tree.body)
    .filter((st) => st._t === 'ImportFrom' && !arr(st.names).some((a) => a.name === '*'))
    .map((stmt) => ({ stmt, target: resolveModule(files, file, stmt.module as string | null, stmt.level as number) }))
    .filter((x): x is { stmt: Py; target: string } => x.target !== undefined && x.target !== file);
}

/** Loads of `name` in a file, when all of them can be rewritten (none inside an f-string, whose positions 3.11 misreports). */
function loadsOf(tree: Py, name: string): Py[] | undefined {
  const out: Py[] = [];
  for (const { n, up } of nodes(tree)) {
    if (n._t !== 'Name' || n.id !== name) continue;
    if (up.some((a) => a._t === 'JoinedStr')) return undefined;
    out.push(n);
  }
  return out;
}

const importAlias: Transform = {
  name: 'sa-import-alias',
  orms: ['sqlalchemy'],
  description: "Imports each name of the case's own modules under another name (`from app.filters import by_status as by_status_imp`) and uses that name: the same objects are called.",
  apply: rewrite('sa-import-alias', (file, text, tree, { files, trees }) => {
    const edits: Edit[] = [];
    const used = identifiers(tree);
    const strs = strings(tree);
    for (const { stmt } of localImports(file, tree, files)) {
      const aliases = arr(stmt.names).filter((a) => !a.asname);
      const bound = otherBindings(tree, new Set(aliases));
      for (const a of aliases) {
        const name = a.name as string;
        if (bound.has(name) || strs.some((s) => new RegExp(`\\b${name}\\b`).test(s)) || reexported(trees, files, file, name)) continue;
        const loads = loadsOf(tree, name);
        if (!loads || loads.length === 0 || text.slice(a.s, a.e) !== name) continue;
        const alias = fresh(used, /^[A-Z]/.test(name) ? `${name}Imp` : `${name}_imp`);
        edits.push({ s: a.s!, e: a.e!, text: `${name} as ${alias}` }, ...loads.map((l) => ({ s: l.s!, e: l.e!, text: alias })));
      }
    }
    return edits;
  }),
};

const moduleImport: Transform = {
  name: 'sa-module-import',
  orms: ['sqlalchemy'],
  description: 'Replaces `from app.filters import by_status` by importing the module (`from app import filters as filters_mod`) and calling `filters_mod.by_status`: the same function runs.',
  apply: rewrite('sa-module-import', (file, text, tree, { files, trees }) => {
    const edits: Edit[] = [];
    const used = identifiers(tree);
    const strs = strings(tree);
    for (const { stmt } of localImports(file, tree, files)) {
      const module = stmt.module as string | null;
      if (!module) continue;
      const aliases = arr(stmt.names);
      const bound = otherBindings(tree, new Set(aliases));
      const plan: { local: string; name: string; loads: Py[] }[] = [];
      for (const a of aliases) {
        const name = a.name as string;
        const local = (a.asname ?? name) as string;
        // A name that is itself a module of the case (`from app import queries`) is not an attribute until imported.
        const sub = resolveModule(files, file, `${module}.${name}`, stmt.level as number);
        if (sub && moduleOf(sub).endsWith(`.${name}`)) break;
        if (bound.has(local) || strs.some((s) => new RegExp(`\\b${local}\\b`).test(s)) || (local === name && reexported(trees, files, file, name))) break;
        const loads = loadsOf(tree, local);
        if (!loads) break;
        plan.push({ local, name, loads });
      }
      if (plan.length !== aliases.length) continue;
      const parts = module.split('.');
      const last = parts.pop()!;
      const alias = fresh(used, `${last}_mod`);
      const dots = '.'.repeat(stmt.level as number);
      const head = parts.length > 0 ? `from ${dots}${parts.join('.')} import ${last} as ${alias}` : dots ? `from ${dots} import ${last} as ${alias}` : `import ${last} as ${alias}`;
      edits.push({ s: stmt.s!, e: stmt.e!, text: head });
      for (const p of plan) edits.push(...p.loads.map((l) => ({ s: l.s!, e: l.e!, text: `${alias}.${p.name}` })));
    }
    return edits;
  }),
};

/** Names a scope binds for itself (parameters, or assignments outside nested scopes). */
function ownBindings(fn: Py): { params: Set<string>; stores: Set<string>; nested: Set<string>; declared: Set<string> } {
  const params = new Set<string>();
  const stores = new Set<string>();
  const nested = new Set<string>();
  const declared = new Set<string>();
  const a = obj(fn.args);
  if (a) for (const p of [...arr(a.posonlyargs), ...arr(a.args), ...arr(a.kwonlyargs), obj(a.vararg), obj(a.kwarg)]) if (p) params.add(p.arg as string);
  const go = (n: Py, inner: boolean): void => {
    for (const k of kids(n)) {
      const scope = SCOPES.has(k._t);
      if (scope) {
        if (typeof k.name === 'string') (inner ? nested : stores).add(k.name);
        for (const { n: d } of nodes(k)) {
          if (d._t === 'arg') nested.add(d.arg as string);
          if (d._t === 'Name' && d.ctx !== 'Load') nested.add(d.id as string);
        }
        continue;
      }
      if (k._t === 'Name' && k.ctx !== 'Load') (inner ? nested : stores).add(k.id as string);
      if (k._t === 'Global' || k._t === 'Nonlocal') for (const x of arr(k.names)) declared.add(String(x));
      go(k, inner);
    }
  };
  for (const st of arr(fn.body)) go({ _t: 'Module', body: [st] }, false);
  return { params, stores, nested, declared };
}

const renameLocals: Transform = {
  name: 'sa-rename-locals',
  orms: ['sqlalchemy'],
  description: 'Renames the local variables of every function (`stmt` → `stmt_v`, `session` of a `with` → `session_v`): names carry no meaning for the database.',
  apply: rewrite('sa-rename-locals', (_file, text, tree) => {
    const edits: Edit[] = [];
    const used = identifiers(tree);
    for (const { n: fn } of nodes(tree)) {
      if (fn._t !== 'FunctionDef' && fn._t !== 'AsyncFunctionDef') continue;
      const body = arr(fn.body);
      if (body.length === 0) continue;
      const src = text.slice(body[0]!.s, body[body.length - 1]!.e);
      if (/\b(locals|vars|eval|exec)\s*\(|\bmatch\b/.test(src)) continue;
      const { params, stores, nested, declared } = ownBindings(fn);
      for (const name of stores) {
        if (params.has(name) || nested.has(name) || declared.has(name) || name === 'self' || name === 'cls' || name === '_') continue;
        const found: Py[] = [];
        let ok = true;
        for (const st of body) {
          for (const { n, up } of nodes(st)) {
            if (n._t === 'Name' && n.id === name) {
              if (up.some((a) => a._t === 'JoinedStr')) ok = false;
              found.push(n);
            }
            if ((n._t === 'FunctionDef' || n._t === 'AsyncFunctionDef' || n._t === 'ClassDef') && n.name === name) ok = false;
          }
        }
        if (!ok || found.some((f) => text.slice(f.s, f.e) !== name)) continue;
        const to = fresh(used, `${name}_v`);
        edits.push(...found.map((f) => ({ s: f.s!, e: f.e!, text: to })));
      }
    }
    return edits;
  }),
};

const RUNNERS = new Set(['execute', 'scalars', 'scalar', 'scalar_one', 'scalar_one_or_none', 'stream', 'stream_scalars']);

const extractStatement: Transform = {
  name: 'sa-extract-statement',
  orms: ['sqlalchemy'],
  description: 'Moves the statement a labelled `session.execute(…)`/`scalars(…)` runs into a local assigned on the line before (`stmt_q = select(…)…`), as most applications write it; the call runs the same statement on the same line.',
  apply: rewrite('sa-extract-statement', (_file, text, tree) => {
    const edits: Edit[] = [];
    const used = identifiers(tree);
    const lineEnd = (o: number): number => (text.indexOf('\n', o) < 0 ? text.length : text.indexOf('\n', o));
    for (const { n, up } of nodes(tree)) {
      const f = obj(n.func);
      const stmtArg = arr(n.args)[0];
      if (n._t !== 'Call' || f?._t !== 'Attribute' || !RUNNERS.has(f.attr as string) || !stmtArg) continue;
      if (stmtArg._t !== 'Call' && stmtArg._t !== 'Attribute' && stmtArg._t !== 'Subscript') continue;
      const host = hostStatement(text, stmtArg, [...up, n]);
      if (!host) continue;
      // A simple statement ends on its label's line; a compound one (`for row in session.scalars(…):`) on the call's.
      const end = STMT_FIELDS.some((k) => Array.isArray(host[k])) ? n.e! : host.e!;
      const label = LABEL.exec(text.slice(text.lastIndexOf('\n', end - 1) + 1, lineEnd(end)));
      const exprText = text.slice(stmtArg.s, stmtArg.e);
      if (!label || /#/.test(exprText) || /\b(await|yield)\b/.test(exprText)) continue;
      const { lineStart, indent } = indentOf(text, host.s!);
      const name = fresh(used, 'stmt_q');
      const value = exprText.includes('\n') ? `(${exprText})` : exprText;
      edits.push({ s: lineStart, e: lineStart, text: `${indent}${name} = ${value}  # expect-also: [${label[1]}]\n` }, { s: stmtArg.s!, e: stmtArg.e!, text: name });
    }
    return edits;
  }),
};

/** The call that forwards a function's parameters unchanged to another function of the same signature. */
function forwardArgs(fn: Py): string | undefined {
  const a = obj(fn.args);
  if (!a) return undefined;
  const out: string[] = [];
  for (const p of [...arr(a.posonlyargs), ...arr(a.args)]) out.push(p.arg as string);
  if (obj(a.vararg)) out.push(`*${obj(a.vararg)!.arg as string}`);
  for (const p of arr(a.kwonlyargs)) out.push(`${p.arg as string}=${p.arg as string}`);
  if (obj(a.kwarg)) out.push(`**${obj(a.kwarg)!.arg as string}`);
  return out.join(', ');
}

const passThrough: Transform = {
  name: 'sa-pass-through',
  orms: ['sqlalchemy'],
  description: 'Renames each undecorated module-level function `f` to `f_impl` and defines `f` with the same signature as `return f_impl(…)` (awaited when async): one more layer, the same statements.',
  apply: rewrite('sa-pass-through', (file, text, tree) => {
    if (file.endsWith('__init__.py')) return [];
    const edits: Edit[] = [];
    const used = identifiers(tree);
    for (const fn of arr(tree.body)) {
      if ((fn._t !== 'FunctionDef' && fn._t !== 'AsyncFunctionDef') || arr(fn.decorator_list).length > 0) continue;
      const name = fn.name as string;
      if (name.startsWith('__') || nodes(fn).some(({ n }) => n._t === 'Yield' || n._t === 'YieldFrom')) continue;
      const head = text.slice(fn.s, fn.e);
      const m = /^(async\s+)?def\s+([A-Za-z_]\w*)/.exec(head);
      const args = forwardArgs(fn);
      if (!m || m[2] !== name || args === undefined) continue;
      const colon = signatureEnd(text, fn);
      if (colon === undefined) continue;
      const impl = fresh(used, `${name}_impl`);
      const nameAt = fn.s! + m[0].length - name.length;
      const sig = text.slice(nameAt + name.length, colon + 1).replace(new RegExp(`#.*expect.*$`, 'gm'), '');
      const call = `${fn._t === 'AsyncFunctionDef' ? 'await ' : ''}${impl}(${args})`;
      const wrapper = `\n\n${m[1] ?? ''}def ${name}${sig}\n    return ${call}\n`;
      edits.push({ s: nameAt, e: nameAt + name.length, text: impl }, { s: lineEndAfter(text, fn.e!), e: lineEndAfter(text, fn.e!), text: wrapper });
    }
    return edits;
  }),
};

/** Offset of the `:` that ends a function's signature (after its parameters and return annotation). */
function signatureEnd(text: string, fn: Py): number | undefined {
  const body = arr(fn.body)[0];
  if (!body) return undefined;
  let i = text.indexOf('(', fn.s);
  for (let depth = 0; i >= 0 && i < body.s!; i++) {
    const c = text[i]!;
    if (c === '#') i = text.indexOf('\n', i);
    else if (c === '"' || c === "'") {
      const q = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      for (i += q.length; i < body.s! && !text.startsWith(q, i); i++) if (text[i] === '\\') i++;
      i += q.length - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) break;
  }
  if (i < 0 || i >= body.s!) return undefined;
  const colon = text.indexOf(':', obj(fn.returns)?.e ?? i + 1);
  return colon >= 0 && colon < body.s! ? colon : undefined;
}

function lineEndAfter(text: string, o: number): number {
  const i = text.indexOf('\n', o);
  return i < 0 ? text.length : i;
}

/** `.where(…)`/`.filter(…)` calls with plain positional conditions, outermost first. */
function conditionCalls(tree: Py, text: string, min: number): { n: Py; up: Py[]; args: Py[] }[] {
  const out: { n: Py; up: Py[]; args: Py[] }[] = [];
  for (const { n, up } of nodes(tree)) {
    const f = obj(n.func);
    const args = arr(n.args);
    if (n._t !== 'Call' || f?._t !== 'Attribute' || !['where', 'filter'].includes(f.attr as string)) continue;
    if (args.length < min || arr(n.keywords).length > 0 || args.some((a) => a._t === 'Starred' || a._t === 'Lambda')) continue;
    const inner = text.slice(args[0]!.s, args[args.length - 1]!.e);
    if (/#/.test(inner) || /\b(await|yield)\b|:=/.test(inner)) continue;
    // Conditions nested in an accepted call's conditions (a subquery's `where`) stay as they are.
    if (out.some((o) => o.args[0]!.s! <= n.s! && n.e! <= o.args[o.args.length - 1]!.e!)) continue;
    out.push({ n, up, args });
  }
  return out;
}

const whereSplat: Transform = {
  name: 'sa-where-splat',
  orms: ['sqlalchemy'],
  description: 'Collects the conditions of each `.where(a, b)`/`.filter(a, b)` in a list built on the line before and spreads it (`conds = [a, b]` … `.where(*conds)`): the same clauses, ANDed.',
  apply: rewrite('sa-where-splat', (_file, text, tree) => {
    const edits: Edit[] = [];
    const used = identifiers(tree);
    for (const { n, up, args } of conditionCalls(tree, text, 1)) {
      const host = hostStatement(text, n, up);
      if (!host) continue;
      const { lineStart, indent } = indentOf(text, host.s!);
      const name = fresh(used, 'conds');
      const list = text.slice(args[0]!.s, args[args.length - 1]!.e);
      edits.push({ s: lineStart, e: lineStart, text: `${indent}${name} = [${list}]\n` }, { s: args[0]!.s!, e: args[args.length - 1]!.e!, text: `*${name}` });
    }
    return edits;
  }),
};

/** Where a module's `from sqlalchemy import and_` goes (after its last top-level import) and the name `and_` has there. */
function andName(text: string, tree: Py): { name: string; insert?: Edit } | undefined {
  const body = arr(tree.body);
  for (const st of body) if (st._t === 'ImportFrom' && /^sqlalchemy(\.|$)/.test(String(st.module))) for (const a of arr(st.names)) if (a.name === 'and_') return { name: (a.asname ?? 'and_') as string };
  const imports = body.filter((st) => st._t === 'Import' || st._t === 'ImportFrom');
  const last = imports[imports.length - 1];
  const name = identifiers(tree).has('and_') ? 'sa_and' : 'and_';
  if (!last) return undefined;
  const at = lineEndAfter(text, last.e!);
  return { name, insert: { s: at, e: at, text: `\nfrom sqlalchemy import and_${name === 'and_' ? '' : ` as ${name}`}` } };
}

const andCombine: Transform = {
  name: 'sa-and-combine',
  orms: ['sqlalchemy'],
  description: 'Wraps the conditions of each `.where(a, b, …)`/`.filter(a, b, …)` in one `and_(a, b, …)`: SQLAlchemy ANDs them the same way.',
  apply: rewrite('sa-and-combine', (_file, text, tree) => {
    const calls = conditionCalls(tree, text, 2);
    const and = calls.length > 0 ? andName(text, tree) : undefined;
    if (!and) return [];
    const edits: Edit[] = calls.flatMap(({ args }) => [
      { s: args[0]!.s!, e: args[0]!.s!, text: `${and.name}(` },
      { s: args[args.length - 1]!.e!, e: args[args.length - 1]!.e!, text: ')' },
    ]);
    return and.insert ? [and.insert, ...edits] : edits;
  }),
};

const filterByDict: Transform = {
  name: 'sa-filter-by-dict',
  orms: ['sqlalchemy'],
  description: 'Passes the keywords of each `filter_by(a=x, b=y)` as a spread dictionary, `filter_by(**{"a": x, "b": y})`: the same equality conditions.',
  apply: rewrite('sa-filter-by-dict', (_file, text, tree) => {
    const edits: Edit[] = [];
    for (const { n } of nodes(tree)) {
      const f = obj(n.func);
      const kws = arr(n.keywords);
      if (n._t !== 'Call' || f?._t !== 'Attribute' || f.attr !== 'filter_by' || arr(n.args).length > 0 || kws.length === 0 || kws.some((k) => k.arg === null)) continue;
      const span = text.slice(kws[0]!.s, kws[kws.length - 1]!.e);
      if (/#/.test(span)) continue;
      const entries = kws.map((k) => `"${k.arg as string}": ${text.slice(obj(k.value)!.s, obj(k.value)!.e)}`);
      edits.push({ s: kws[0]!.s!, e: kws[kws.length - 1]!.e!, text: `**{${entries.join(', ')}}` });
    }
    return edits;
  }),
};

export const SQLALCHEMY: readonly Transform[] = [importAlias, moduleImport, renameLocals, extractStatement, passThrough, whereSplat, andCombine, filterByDict];
