/**
 * Metamorphic transformations for Django cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts. The rewrites work on a small Python tokenizer
 * (py-tokens.ts: names outside strings and comments, with their bracket depth), skip whatever they
 * cannot rewrite safely, and every rewritten file must still compile with python3 (else the case is
 * skipped).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CaseFiles, Transform } from './transform';
import { applyEdits, closing, continuationStarts, defsOf, type Edit, isReference, nextCode, parts, type Tok, tokenize } from './py-tokens';


interface ImportName {
  readonly name: string;
  readonly alias?: string;
}

interface FromImport {
  readonly s: number;
  readonly e: number;
  readonly indent: string;
  readonly module: string;
  readonly names: readonly ImportName[];
  /** The file the module resolves to inside the case, if any. */
  readonly target?: string;
}

function fromImports(file: string, text: string, files: CaseFiles): FromImport[] {
  const out: FromImport[] = [];
  const re = /^([ \t]*)from[ \t]+([.\w]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;\\(]+?)[ \t]*(#[^\n]*)?$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const list = m[3]!.replace(/^\(|\)$/g, '').replace(/#[^\n]*/g, '');
    const names = list
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => {
        const mm = /^(\w+)(?:\s+as\s+(\w+))?$/.exec(x);
        return mm ? { name: mm[1]!, ...(mm[2] ? { alias: mm[2] } : {}) } : undefined;
      });
    if (names.some((n) => !n)) continue;
    const target = resolveModule(file, m[2]!, files);
    out.push({ s: m.index, e: m.index + m[0].length - (m[4]?.length ?? 0), indent: m[1]!, module: m[2]!, names: names as ImportName[], ...(target ? { target } : {}) });
  }
  return out;
}

/** The case file a module path names from `file` (`.services`, `..a.b`, `crm.models`). */
function resolveModule(file: string, spec: string, files: CaseFiles): string | undefined {
  const dots = /^\.*/.exec(spec)![0].length;
  const rest = spec.slice(dots).split('.').filter(Boolean);
  let base: string;
  if (dots > 0) {
    base = path.posix.dirname(file);
    for (let i = 1; i < dots; i++) base = path.posix.dirname(base);
  } else base = '';
  const p = path.posix.join(base, ...rest);
  if (rest.length === 0) return undefined;
  for (const cand of [`${p}.py`, `${p}/__init__.py`]) {
    const norm = path.posix.normalize(cand).replace(/^\.\//, '');
    if (files.has(norm)) return norm;
  }
  return undefined;
}

const pyFiles = (files: CaseFiles): string[] => [...files.keys()].filter((f) => f.endsWith('.py'));
const isModelsFile = (f: string): boolean => /(^|\/)models(\/|\.py$)/.test(f) || /(^|\/)migrations\//.test(f);
const pascal = (s: string): string => s.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase());

/** Every name the text binds or reads, as a fresh-name check. */
const mentions = (text: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(text);

// ---------------------------------------------------------------------------------------------
// Validation

/** Compiles the rewritten files with python3; returns the first error, or undefined. */
function compileError(out: ReadonlyMap<string, string>): string | undefined {
  const script = 'import json,sys\nfor f,t in json.load(sys.stdin).items():\n  try: compile(t,f,"exec")\n  except SyntaxError as e: print(f, e); break\n';
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(Object.fromEntries(out)), encoding: 'utf8' });
  if (r.status !== 0) return r.stderr || 'python3 failed';
  return r.stdout.trim() || undefined;
}

function checked(name: string, caseName: string, out: Map<string, string>, files: CaseFiles): Map<string, string> | undefined {
  for (const [f, t] of [...out]) if (files.get(f) === t) out.delete(f);
  if (out.size === 0) return undefined;
  const err = compileError(out);
  if (err) {
    process.stderr.write(`${name} on ${caseName}: rewrite skipped, ${err}\n`);
    return undefined;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Renaming helpers

/** Replaces every reference to `name` in `text` (outside the given ranges) by `by`. */
function renameRefs(text: string, toks: readonly Tok[], name: string, by: string, skip: readonly { s: number; e: number }[] = []): Edit[] {
  const out: Edit[] = [];
  toks.forEach((t, k) => {
    if (t.text !== name || !isReference(toks, k)) return;
    if (skip.some((r) => t.s >= r.s && t.s < r.e)) return;
    out.push({ s: t.s, e: t.e, text: by });
  });
  return out;
}

/** True when `name` is bound in the file by something else than the import (an assignment, a parameter, a loop). */
function boundLocally(text: string, name: string, defs = true): boolean {
  const def = defs ? `|^[ \\t]*(def|class)\\s+${name}\\b` : '';
  return new RegExp(`(^[ \\t]*${name}\\s*(=[^=]|:)|\\bfor\\s+([\\w, ]*\\b)?${name}\\b|\\bas\\s+${name}\\b|\\bdef\\s+\\w+\\([^)]*\\b${name}\\b|lambda[^:]*\\b${name}\\b${def})`, 'm').test(text);
}

function importText(imp: FromImport, names: readonly string[]): string {
  return `${imp.indent}from ${imp.module} import ${names.join(', ')}`;
}

/** Names other case files import from `file` (they must stay importable there). */
function reExported(file: string, files: CaseFiles): Set<string> {
  const out = new Set<string>();
  for (const f of pyFiles(files)) {
    if (f === file) continue;
    for (const imp of fromImports(f, files.get(f)!, files)) if (imp.target === file) for (const n of imp.names) out.add(n.name);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Transformations

/** `from crm.models import Lead` → `from crm.models import Lead as LeadModel`, every use renamed. */
function modelImportAlias(files: CaseFiles): Map<string, string> {
  const models = new Set<string>();
  for (const f of pyFiles(files)) if (isModelsFile(f)) for (const m of files.get(f)!.matchAll(/^class (\w+)\(/gm)) models.add(m[1]!);
  const out = new Map<string, string>();
  for (const f of pyFiles(files)) {
    if (isModelsFile(f) || f.endsWith('__init__.py')) continue;
    const text = files.get(f)!;
    const toks = tokenize(text);
    const edits: Edit[] = [];
    const exported = reExported(f, files);
    for (const imp of fromImports(f, text, files)) {
      if (!imp.target || !isModelsFile(imp.target)) continue;
      let changed = false;
      const renamed = imp.names.map((n) => {
        const fresh = `${n.name}Model`;
        if (n.alias || !models.has(n.name) || exported.has(n.name) || mentions(text, fresh) || boundLocally(text, n.name)) return n.alias ? `${n.name} as ${n.alias}` : n.name;
        edits.push(...renameRefs(text, toks, n.name, fresh, [imp]));
        changed = true;
        return `${n.name} as ${fresh}`;
      });
      if (changed) edits.push({ s: imp.s, e: imp.e, text: importText(imp, renamed) });
    }
    if (edits.length > 0) out.set(f, applyEdits(text, edits));
  }
  return out;
}

/** Whether `name` imported from the module in `target` is a submodule of its package (a file or a package of its own). */
function isSubmodule(target: string, name: string, files: CaseFiles): boolean {
  const pkg = target.endsWith('/__init__.py') ? target.slice(0, -'/__init__.py'.length) : target.replace(/\.py$/, '');
  return files.has(`${pkg}/${name}.py`) || files.has(`${pkg}/${name}/__init__.py`);
}

/** `from crm.services import recent` → `from crm import services as services_mod`; uses become `services_mod.recent`. */

function moduleImport(files: CaseFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of pyFiles(files)) {
    if (f.endsWith('__init__.py')) continue;
    const text = files.get(f)!;
    const toks = tokenize(text);
    const edits: Edit[] = [];
    const exported = reExported(f, files);
    for (const imp of fromImports(f, text, files)) {
      if (!imp.target || imp.target === f) continue;
      const dots = /^\.*/.exec(imp.module)![0];
      const rest = imp.module.slice(dots.length).split('.');
      const last = rest.pop()!;
      const parent = dots + rest.join('.') || '.';
      const alias = `${last}_mod`;
      const local = (n: ImportName): string => n.alias ?? n.name;
      // A name that is a submodule, that other files import from here, or that is rebound stays as it is.
      const keep = imp.names.filter((n) => exported.has(local(n)) || boundLocally(text, local(n)) || isSubmodule(imp.target!, n.name, files));
      if (keep.length === imp.names.length || mentions(text, alias) || (dots === '' && rest.length === 0)) continue;
      for (const n of imp.names) if (!keep.includes(n)) edits.push(...renameRefs(text, toks, local(n), `${alias}.${n.name}`, [imp]));
      const kept = keep.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name));
      edits.push({ s: imp.s, e: imp.e, text: `${imp.indent}from ${parent} import ${last} as ${alias}${kept.length > 0 ? `; from ${imp.module} import ${kept.join(', ')}` : ''}` });
    }
    if (edits.length > 0) out.set(f, applyEdits(text, edits));
  }
  return out;
}

/**
 * A helper module whose functions (after its imports and constants) are all plain module-level
 * functions becomes one service class: `@staticmethod`s called as `LeadsService.f(…)`, or methods
 * of an instance constructed at each call, `LeadsService().f(…)`.
 */
function serviceClass(files: CaseFiles, mode: 'static' | 'instance'): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const file of pyFiles(files)) {
    if (isModelsFile(file) || file.endsWith('__init__.py')) continue;
    const text = out.get(file) ?? files.get(file)!;
    const toks = tokenize(text);
    const defs = defsOf(text, toks).filter((d) => d.indent === '');
    if (defs.length === 0 || defs.some((d) => d.decorated || d.isAsync || d.params.some((p) => p.name === 'self' || p.name === 'cls'))) continue;
    // From the first function on, the module holds only functions, blank lines and comments.
    const first = defs[0]!.start;
    let cursor = first;
    let plain = true;
    for (const d of defs) {
      if (text.slice(cursor, d.start).trim().replace(/^#.*$/gm, '').trim() !== '') plain = false;
      cursor = d.end;
    }
    if (!plain || text.slice(cursor).replace(/^#.*$/gm, '').trim() !== '') continue;
    const stem = path.posix.basename(file, '.py');
    const cls = `${pascal(stem)}Service`;
    if (mentions(text, cls)) continue;
    const names = new Set(defs.map((d) => d.name));
    if ([...names].some((n) => boundLocally(text, n, false))) continue;
    // Importers: `from spec import f` (f → Cls.f) and `from pkg import mod` (mod.f → mod.Cls.f); anything else skips the module.
    const importerEdits = new Map<string, Edit[]>();
    let ok = true;
    for (const f of pyFiles(files)) {
      if (f === file) continue;
      const ftext = out.get(f) ?? files.get(f)!;
      const ftoks = tokenize(ftext);
      const edits: Edit[] = [];
      for (const imp of fromImports(f, ftext, files)) {
        if (imp.target === file) {
          const moved = imp.names.filter((n) => names.has(n.name));
          if (moved.length === 0) continue;
          if (mentions(ftext, cls) || moved.some((n) => boundLocally(ftext, n.alias ?? n.name))) ok = false;
          for (const n of moved) edits.push(...renameRefs(ftext, ftoks, n.alias ?? n.name, mode === 'static' ? `${cls}.${n.name}` : `${cls}().${n.name}`, [imp]));
          const rest = imp.names.filter((n) => !names.has(n.name)).map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name));
          edits.push({ s: imp.s, e: imp.e, text: importText(imp, [...rest, cls]) });
        } else {
          for (const n of imp.names) {
            if (resolveModule(f, `${imp.module}${imp.module.endsWith('.') ? '' : '.'}${n.name}`, files) !== file) continue;
            const local = n.alias ?? n.name;
            ftoks.forEach((t, k) => {
              if (t.text !== local || !isReference(ftoks, k) || (t.s >= imp.s && t.s < imp.e)) return;
              const dot = nextCode(ftoks, k);
              const attr = ftoks[k + 2];
              if (dot?.text !== '.' || !attr || !names.has(attr.text)) {
                ok = false;
                return;
              }
              edits.push({ s: attr.s, e: attr.s, text: mode === 'static' ? `${cls}.` : `${cls}().` });
            });
          }
        }
      }
      if (new RegExp(`^\\s*import\\s+[\\w.]*\\b${stem}\\b`, 'm').test(ftext)) ok = false;
      if (edits.length > 0) importerEdits.set(f, edits);
    }
    if (!ok) continue;
    // The module itself: calls between its functions go through the class, bodies move one level in.
    const edits: Edit[] = [];
    for (const d of defs) {
      for (let k = d.close; k < toks.length && toks[k]!.s < d.end; k++) {
        const t = toks[k]!;
        if (names.has(t.text) && isReference(toks, k)) edits.push({ s: t.s, e: t.e, text: mode === 'static' ? `${cls}.${t.text}` : `self.${t.text}` });
      }
      if (mode === 'instance') edits.push({ s: toks[d.open]!.e, e: toks[d.open]!.e, text: d.params.length > 0 ? 'self, ' : 'self' });
      else edits.push({ s: d.start, e: d.start, text: '@staticmethod\n' });
    }
    if (mode === 'instance' && defs.some((d) => new RegExp(`\\bself\\b`).test(text.slice(d.start, d.end)))) continue;
    let body = applyEdits(text, edits);
    const head = body.slice(0, first);
    body = body
      .slice(first)
      .split('\n')
      .map((l) => (l.trim() === '' ? l : `    ${l}`))
      .join('\n');
    out.set(file, `${head}class ${cls}:\n${body}`);
    for (const [f, fe] of importerEdits) out.set(f, applyEdits(out.get(f) ?? files.get(f)!, fe));
  }
  return out;
}

/**
 * Each module-level helper another file imports gets a pass-through layer: the body moves to
 * `_f_impl` and `f` (added at the end of the file, so no line moves) returns `_f_impl(…)`.
 */
function passThrough(files: CaseFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of pyFiles(files)) {
    if (isModelsFile(file) || file.endsWith('__init__.py')) continue;
    const text = files.get(file)!;
    const toks = tokenize(text);
    const exported = reExported(file, files);
    const edits: Edit[] = [];
    const wrappers: string[] = [];
    for (const d of defsOf(text, toks)) {
      if (d.indent !== '' || d.decorated || !exported.has(d.name) || d.params[0]?.name === 'request' || mentions(text, `_${d.name}_impl`)) continue;
      const args = d.params.map((p) => (p.kind === 'pos' ? p.name : p.kind === 'kwonly' ? `${p.name}=${p.name}` : p.kind === 'star' ? `*${p.name}` : `**${p.name}`));
      const sig = text.slice(toks[d.open]!.s, toks[d.close]!.e);
      const call = `_${d.name}_impl(${args.join(', ')})`;
      edits.push({ s: toks[d.nameTok]!.s, e: toks[d.nameTok]!.e, text: `_${d.name}_impl` });
      wrappers.push(`${d.isAsync ? 'async ' : ''}def ${d.name}${sig}:\n    return ${d.isAsync ? 'await ' : ''}${call}\n`);
    }
    if (wrappers.length === 0) continue;
    const body = applyEdits(text, edits);
    out.set(file, `${body}${body.endsWith('\n') ? '' : '\n'}\n\n${wrappers.join('\n\n')}`);
  }
  return out;
}

/** `return <call chain>` (single line, no label) → `result = <call chain>` then `return result`. */
function returnViaLocal(files: CaseFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of pyFiles(files)) {
    const text = files.get(file)!;
    const toks = tokenize(text);
    const cont = continuationStarts(text, toks);
    const local = mentions(text, 'result') ? 'result_value' : 'result';
    if (mentions(text, local)) continue;
    const edits: Edit[] = [];
    for (const m of text.matchAll(/^([ \t]+)return[ \t]+([^\n#]*\([^\n#]*)$/gm)) {
      const s = m.index;
      const e = s + m[0].length;
      const expr = m[2]!.trimEnd();
      if (cont.has(s) || cont.has(e + 1) || expr.endsWith('\\') || /\byield\b|\blambda\b/.test(expr)) continue;
      // The statement must be whole on its line: brackets balanced, no string opened and left open.
      const inner = toks.filter((t) => t.s >= s && t.s < e);
      if (inner.some((t) => t.e > e) || inner.some((t) => t.kind === 'comment')) continue;
      edits.push({ s, e, text: `${m[1]}${local} = ${expr}\n${m[1]}return ${local}` });
    }
    if (edits.length > 0) out.set(file, applyEdits(text, edits));
  }
  return out;
}

const KWARG_METHODS = new Set(['filter', 'exclude', 'get', 'update', 'create', 'get_or_create', 'update_or_create']);

/** `.filter(a=x, b=y)` → `.filter(**{"a": x, "b": y})`: Python passes the same keyword arguments. */
function kwargsDict(files: CaseFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of pyFiles(files)) {
    const text = files.get(file)!;
    const toks = tokenize(text);
    const edits: Edit[] = [];
    toks.forEach((t, k) => {
      if (t.kind !== 'name' || !KWARG_METHODS.has(t.text) || toks[k - 1]?.text !== '.' || toks[k + 1]?.text !== '(') return;
      const open = k + 1;
      const close = closing(toks, open);
      if (close < 0) return;
      const ps = parts(toks, open, close);
      if (ps.length === 0) return;
      const kw: Edit[] = [];
      for (const [a] of ps) {
        const n = toks[a]!;
        const eq = toks[a + 1];
        if (n.kind !== 'name' || eq?.text !== '=') return;
        kw.push({ s: n.s, e: eq.e, text: `"${n.text}": ` });
      }
      edits.push({ s: toks[open]!.e, e: toks[open]!.e, text: '**{' }, ...kw, { s: toks[close]!.s, e: toks[close]!.s, text: '}' });
    });
    if (edits.length > 0) out.set(file, applyEdits(text, edits));
  }
  return out;
}

/** Parameters of module-level helpers renamed (`company` → `company_arg`), where no caller passes them by keyword. */
function renameParams(files: CaseFiles): Map<string, string> {
  const all = pyFiles(files).map((f) => [f, files.get(f)!, tokenize(files.get(f)!)] as const);
  const out = new Map<string, string>();
  for (const [file, text, toks] of all) {
    const edits: Edit[] = [];
    for (const d of defsOf(text, toks)) {
      if (d.indent !== '' || d.decorated || d.params[0]?.name === 'request') continue;
      const body = text.slice(d.defLine, d.end);
      if (/\blocals\(\)|\bvars\(\)|\bglobal\b|\bnonlocal\b/.test(body)) continue;
      // Every use of the function must be a call whose keywords we can see, or an import.
      const keywords = new Set<string>();
      let opaque = false;
      for (const [ffile, ftext, ftoks] of all) {
        const imports = fromImports(ffile, ftext, files);
        ftoks.forEach((t, k) => {
          if (t.text !== d.name || t.kind !== 'name' || (k === d.nameTok && ftoks === toks)) return;
          if (imports.some((imp) => t.s >= imp.s && t.s < imp.e)) return;
          if (ftoks[k + 1]?.text !== '(') {
            opaque = true;
            return;
          }
          const close = closing(ftoks, k + 1);
          for (const [a] of parts(ftoks, k + 1, close)) {
            if (ftoks[a]!.text === '**') opaque = true;
            if (ftoks[a + 1]?.text === '=') keywords.add(ftoks[a]!.text);
          }
        });
      }
      if (opaque) continue;
      for (const p of d.params) {
        const fresh = `${p.name}_arg`;
        if (keywords.has(p.name) || p.kind !== 'pos' || mentions(body, fresh) || ['self', 'cls'].includes(p.name)) continue;
        const inner = toks.filter((t) => t.s >= d.defLine && t.s < d.end);
        if (inner.some((t) => t.kind === 'str' && t.f && t.text.includes(p.name))) continue;
        if (new RegExp(`lambda[^:]*\\b${p.name}\\b|\\n\\s+def\\s+\\w+\\([^)]*\\b${p.name}\\b|\\bas\\s+${p.name}\\b`).test(body)) continue;
        toks.forEach((t, k) => {
          if (t.s < d.defLine || t.s >= d.end || t.text !== p.name) return;
          if (k === p.tok || isReference(toks, k)) edits.push({ s: t.s, e: t.e, text: fresh });
        });
      }
    }
    if (edits.length > 0) out.set(file, applyEdits(text, edits));
  }
  return out;
}

function transform(name: string, description: string, fn: (files: CaseFiles) => Map<string, string> | undefined): Transform {
  return {
    name,
    orms: ['django'],
    description,
    apply: (files, ctx) => {
      const out = fn(files);
      return out ? checked(name, ctx.caseName, out, files) : undefined;
    },
  };
}

export const DJANGO: readonly Transform[] = [
  transform('dj-model-import-alias', 'Model classes imported under another name (`import Lead as LeadModel`), every use renamed.', modelImportAlias),
  transform('dj-module-import', 'Names imported from a case module read as attributes of the module imported under an alias (`services_mod.recent(…)`).', moduleImport),
  transform('dj-service-class-static', 'A helper module of plain functions becomes a service class of static methods (`LeadsService.f(…)`).', (f) => serviceClass(f, 'static')),
  transform('dj-service-class-instance', 'A helper module of plain functions becomes a service class constructed at each call (`LeadsService().f(…)`).', (f) => serviceClass(f, 'instance')),
  transform('dj-pass-through', 'Each imported helper function becomes a pass-through to its body moved into `_f_impl`.', passThrough),
  transform('dj-return-via-local', 'A single-line `return <call>` first assigns the value to a local and returns the local.', returnViaLocal),
  transform('dj-kwargs-dict', 'Keyword arguments of filter/exclude/get/update/create calls passed as an unpacked dict literal (`**{"a": x}`).', kwargsDict),
  transform('dj-rename-params', 'Positional parameters of module-level helpers renamed where no caller passes them by keyword.', renameParams),
];
