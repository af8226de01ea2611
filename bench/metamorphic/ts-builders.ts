/**
 * Metamorphic transformations for knex, Objection and Kysely cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 *
 * The rewrites read the files with the TypeScript compiler's parser (synchronous, exact positions; ts-builders-ast.ts) and
 * edit text by ranges. A rename is given up where the name is declared twice in the file (it could be shadowed), and every
 * rewritten file is parsed again: a variant with a syntax error is a bug of the transformation, reported on stderr and skipped.
 */
import path from 'node:path';
import ts from 'typescript';
import type { CaseFiles, Transform } from './transform';
import { applyEdits, camel, cap, checked, each, freshName, has, holdsLabel, identifiers, insideFunction, modifiers, ORMS, parse, perFile, renameRefs, requireSpec, resolveSpec, SOURCE, specOf, useOf, usesOwnThis, type Edit } from './ts-builders-ast';

// ---------------------------------------------------------------------------------------------------------------------
// Imports: a namespace import, or renamed bindings.

/** `import { a, b as c } from 'x'` → `import * as xModule from 'x'`, and `a` → `xModule.a`; the same for `const { a } = require('x')`. */
function namespaceImports(sf: ts.SourceFile, packages: boolean): string | undefined {
  const edits: Edit[] = [];
  const taken: string[] = [sf.text];
  for (const st of sf.statements) {
    let spec: string | undefined;
    let pairs: { local: string; imported: string }[] = [];
    let head: (ns: string) => string;
    if (ts.isImportDeclaration(st)) {
      const clause = st.importClause;
      const named = clause?.namedBindings;
      if (!clause || !named || !ts.isNamedImports(named) || named.elements.length === 0) continue;
      spec = specOf(st);
      pairs = named.elements.map((e) => ({ local: e.name.text, imported: (e.propertyName ?? e.name).text }));
      const def = clause.name ? `${clause.name.text}, ` : '';
      const typeOnly = clause.isTypeOnly ? 'type ' : '';
      head = (ns) => `import ${typeOnly}${def}* as ${ns} from '${spec}';`;
    } else if (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1) {
      const d = st.declarationList.declarations[0]!;
      spec = requireSpec(d.initializer);
      if (!spec || !ts.isObjectBindingPattern(d.name) || d.type) continue;
      const els = d.name.elements;
      if (els.some((e) => e.dotDotDotToken || e.initializer || !ts.isIdentifier(e.name) || (e.propertyName && !ts.isIdentifier(e.propertyName)))) continue;
      pairs = els.map((e) => ({ local: (e.name as ts.Identifier).text, imported: ((e.propertyName ?? e.name) as ts.Identifier).text }));
      const kw = st.declarationList.flags & ts.NodeFlags.Const ? 'const' : st.declarationList.flags & ts.NodeFlags.Let ? 'let' : 'var';
      head = (ns) => `${kw} ${ns} = require('${spec}');`;
    } else continue;
    if (spec.startsWith('.') === packages) continue;
    const seg = spec.replace(/\/index(\.\w+)?$/, '').replace(/\.\w+$/, '').split('/').pop() ?? '';
    const ns = freshName(`${camel(seg) || 'lib'}Module`, ...taken);
    const refs: Edit[] = [];
    let ok = true;
    for (const p of pairs) {
      const r = renameRefs(sf, p.local, `${ns}.${p.imported}`);
      if (!r) ok = false;
      else refs.push(...r);
    }
    if (!ok) continue;
    taken.push(ns);
    edits.push({ start: st.getStart(sf), end: st.end, text: head(ns) }, ...refs);
  }
  return edits.length ? applyEdits(sf.text, edits) : undefined;
}

/** Every imported binding (named, default, `require`d) renamed locally: `import { a as myA }`, `const MyLead = require(…)`. */
function renameImports(sf: ts.SourceFile): string | undefined {
  const edits: Edit[] = [];
  const taken: string[] = [sf.text];
  const rename = (id: ts.Identifier, declEdit: (fresh: string) => Edit): void => {
    const base = /^[A-Z]/.test(id.text) ? `My${id.text}` : `my${cap(id.text)}`;
    const fresh = freshName(base, ...taken);
    const refs = renameRefs(sf, id.text, fresh);
    if (!refs) return;
    taken.push(fresh);
    edits.push(declEdit(fresh), ...refs);
  };
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && st.importClause) {
      const c = st.importClause;
      if (c.name) rename(c.name, (f) => ({ start: c.name!.getStart(sf), end: c.name!.end, text: f }));
      const nb = c.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) rename(nb.name, (f) => ({ start: nb.name.getStart(sf), end: nb.name.end, text: f }));
      if (nb && ts.isNamedImports(nb))
        for (const e of nb.elements) rename(e.name, (f) => ({ start: e.name.getStart(sf), end: e.name.end, text: e.propertyName ? f : `${e.name.text} as ${f}` }));
    } else if (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1) {
      const d = st.declarationList.declarations[0]!;
      if (!requireSpec(d.initializer)) continue;
      if (ts.isIdentifier(d.name)) {
        const id = d.name;
        rename(id, (f) => ({ start: id.getStart(sf), end: id.end, text: f }));
      } else if (ts.isObjectBindingPattern(d.name))
        for (const e of d.name.elements) {
          if (e.dotDotDotToken || !ts.isIdentifier(e.name)) continue;
          const id = e.name;
          rename(id, (f) => ({ start: id.getStart(sf), end: id.end, text: e.propertyName ? f : `${id.text}: ${f}` }));
        }
    }
  }
  return edits.length ? applyEdits(sf.text, edits) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Functions: arrow ⇄ declaration, a pass-through layer.

/** The names a module-level statement reads while the module loads (outside function bodies). */
function loadTimeRefs(sf: ts.SourceFile, name: string): ts.Identifier[] {
  return identifiers(sf, name).filter((id) => useOf(id) !== 'decl' && useOf(id) !== 'other' && !insideFunction(id));
}

/** Top-level `function f(…) {…}` → `const f = (…) => {…};` and `const f = (…) => …` → `function f(…) { return …; }`. */
function swapFunctionForms(sf: ts.SourceFile): string | undefined {
  const edits: Edit[] = [];
  const text = sf.text;
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st)) {
      const name = st.name;
      if (!name || !st.body || st.asteriskToken || has(st, ts.SyntaxKind.DefaultKeyword) || has(st, ts.SyntaxKind.DeclareKeyword)) continue;
      if (usesOwnThis(st) || identifiers(sf, name.text).filter((i) => useOf(i) === 'decl').length !== 1) continue;
      // A declaration is hoisted, a const is not: a read while the module loads, above it, keeps the declaration.
      if (loadTimeRefs(sf, name.text).some((r) => r.pos < st.end)) continue;
      const exp = has(st, ts.SyntaxKind.ExportKeyword) ? 'export ' : '';
      const asyncKw = has(st, ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
      const tparams = st.typeParameters ? `<${st.typeParameters.map((t) => t.getText(sf)).join(', ')},>` : '';
      const params = text.slice(st.parameters.pos, st.parameters.end);
      const ret = st.type ? `: ${st.type.getText(sf)}` : '';
      edits.push({ start: st.getStart(sf), end: st.body.getStart(sf), text: `${exp}const ${name.text} = ${asyncKw}${tparams}(${params})${ret} => ` });
      edits.push({ start: st.end, end: st.end, text: ';' });
    } else if (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1 && st.declarationList.flags & ts.NodeFlags.Const) {
      const d = st.declarationList.declarations[0]!;
      const fn = d.initializer;
      if (!ts.isIdentifier(d.name) || d.type || !fn || !ts.isArrowFunction(fn) || usesOwnThis(fn)) continue;
      if (identifiers(sf, d.name.text).filter((i) => useOf(i) === 'decl').length !== 1) continue;
      const mods = modifiers(st).map((m) => m.getText(sf));
      if (mods.some((m) => m !== 'export')) continue;
      const asyncKw = has(fn, ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
      const tparams = fn.typeParameters ? `<${fn.typeParameters.map((t) => t.getText(sf)).join(', ')}>` : '';
      const params = text.slice(fn.parameters.pos, fn.parameters.end);
      const ret = fn.type ? `: ${fn.type.getText(sf)}` : '';
      const head = `${mods.length ? 'export ' : ''}${asyncKw}function ${d.name.text}${tparams}(${params})${ret} `;
      if (ts.isBlock(fn.body)) {
        edits.push({ start: st.getStart(sf), end: fn.body.getStart(sf), text: head });
        edits.push({ start: fn.body.end, end: st.end, text: '' });
      } else {
        // An object literal body keeps its parentheses: `return ({ … });` is the same value.
        edits.push({ start: st.getStart(sf), end: fn.body.getStart(sf), text: `${head}{ return ` });
        edits.push({ start: fn.body.end, end: st.end, text: '; }' });
      }
    }
  }
  return edits.length ? applyEdits(text, edits) : undefined;
}

/** The argument list a wrapper passes on for simple parameters (`a`, `b = 1`, `...rest`); undefined for patterns. */
function passedArgs(params: ts.NodeArray<ts.ParameterDeclaration>): string | undefined {
  const out: string[] = [];
  for (const p of params) {
    if (!ts.isIdentifier(p.name)) return undefined;
    if (p.name.text === 'this') continue;
    out.push(`${p.dotDotDotToken ? '...' : ''}${p.name.text}`);
  }
  return out.join(', ');
}

/** Top-level `function f(a, b) {…}` becomes `fImpl`, and a wrapper `function f(a, b) { return fImpl(a, b); }` is added. */
function passThrough(sf: ts.SourceFile): string | undefined {
  const edits: Edit[] = [];
  const wrappers: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name || !st.body || st.asteriskToken || has(st, ts.SyntaxKind.DefaultKeyword)) continue;
    if (usesOwnThis(st)) continue;
    const name = st.name.text;
    if (identifiers(sf, name).filter((i) => useOf(i) === 'decl').length !== 1) continue;
    const args = passedArgs(st.parameters);
    if (args === undefined) continue;
    const impl = freshName(`${name}Impl`, sf.text, ...wrappers);
    const exp = has(st, ts.SyntaxKind.ExportKeyword) ? 'export ' : '';
    const tparams = st.typeParameters ? `<${st.typeParameters.map((t) => t.getText(sf)).join(', ')}>` : '';
    const params = st.parameters.map((p) => p.getText(sf)).join(', ');
    edits.push({ start: st.name.getStart(sf), end: st.name.end, text: impl });
    const exportKw = modifiers(st).find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exportKw) edits.push({ start: exportKw.getStart(sf), end: exportKw.end + 1, text: '' });
    wrappers.push(`\n${exp}function ${name}${tparams}(${params}) {\n  return ${impl}(${args});\n}\n`);
  }
  if (!wrappers.length) return undefined;
  edits.push({ start: sf.text.length, end: sf.text.length, text: wrappers.join('') });
  return applyEdits(sf.text, edits);
}

// ---------------------------------------------------------------------------------------------------------------------
// Exported functions moved into a class of static methods, and their importers rewritten.

function isTsFile(file: string): boolean {
  return /\.(ts|tsx|mts|cts)$/.test(file);
}

/** `export function f(…) {…}` of a module → `static f(…) {…}` of an exported class at its end; `f(…)` → `LeadsRepository.f(…)` everywhere. */
function staticMethods(files: CaseFiles): Map<string, string> | undefined {
  const sfs = new Map<string, ts.SourceFile>();
  for (const [file, text] of files) if (SOURCE.test(file) && !file.endsWith('.d.ts')) sfs.set(file, parse(file, text));
  const edits = new Map<string, Edit[]>();
  const add = (file: string, ...e: Edit[]): void => void edits.set(file, [...(edits.get(file) ?? []), ...e]);
  const allText = [...files.values()].join('\n');
  const classes: string[] = [];
  for (const [mod, sf] of sfs) {
    const stem = path.posix.basename(mod).replace(/\.\w+$/, '');
    const cands = sf.statements.filter(
      (st): st is ts.FunctionDeclaration & { name: ts.Identifier; body: ts.Block } =>
        ts.isFunctionDeclaration(st) &&
        !!st.name &&
        !!st.body &&
        !st.asteriskToken &&
        has(st, ts.SyntaxKind.ExportKeyword) &&
        !has(st, ts.SyntaxKind.DefaultKeyword) &&
        !usesOwnThis(st) &&
        !holdsLabel(sf, st) &&
        identifiers(sf, st.name.text).filter((i) => useOf(i) === 'decl').length === 1 &&
        loadTimeRefs(sf, st.name.text).length === 0,
    );
    if (cands.length === 0) continue;
    const names = new Set(cands.map((c) => c.name.text));
    // Every importer must be one this rewrite reads: relative ES imports; a require, a re-export or an alias path is not.
    const importers: { file: string; decl: ts.ImportDeclaration }[] = [];
    let readable = true;
    for (const [file, isf] of sfs) {
      if (file === mod) continue;
      each(isf, (n) => {
        const spec = ts.isImportDeclaration(n) || ts.isExportDeclaration(n) ? (n.moduleSpecifier as ts.StringLiteral | undefined)?.text : ts.isCallExpression(n) ? requireSpec(n) : undefined;
        if (spec === undefined) return;
        const target = resolveSpec(file, spec, files);
        if (target === mod && ts.isImportDeclaration(n)) importers.push({ file, decl: n });
        else if (target === mod || (!target && spec.replace(/\.\w+$/, '').split('/').pop() === stem)) readable = false;
      });
    }
    if (!readable) continue;
    const cls = freshName(`${cap(camel(stem)) || 'Module'}Repository`, allText, ...classes);
    const modEdits: Edit[] = [];
    for (const n of names) {
      const r = renameRefs(sf, n, `${cls}.${n}`);
      if (!r) return undefined;
      modEdits.push(...r);
    }
    const fileEdits: { file: string; edits: Edit[] }[] = [];
    for (const { file, decl } of importers) {
      const isf = sfs.get(file)!;
      const c = decl.importClause;
      const nb = c?.namedBindings;
      if (!c || c.isTypeOnly) continue;
      const e: Edit[] = [];
      if (nb && ts.isNamespaceImport(nb)) {
        for (const id of identifiers(isf, nb.name.text)) {
          const p = id.parent;
          if (useOf(id) === 'ref' && ts.isPropertyAccessExpression(p) && p.expression === id && names.has(p.name.text)) e.push({ start: p.name.getStart(isf), end: p.name.getStart(isf), text: `${cls}.` });
        }
      } else if (nb && ts.isNamedImports(nb)) {
        const moved = nb.elements.filter((el) => names.has((el.propertyName ?? el.name).text) && !el.isTypeOnly);
        if (moved.length === 0) continue;
        for (const el of moved) {
          const r = renameRefs(isf, el.name.text, `${cls}.${(el.propertyName ?? el.name).text}`);
          if (!r) return undefined;
          e.push(...r);
        }
        const kept = nb.elements.filter((el) => !moved.includes(el)).map((el) => el.getText(isf));
        e.push({ start: nb.getStart(isf), end: nb.end, text: `{ ${[...kept, cls].join(', ')} }` });
      }
      fileEdits.push({ file, edits: e });
    }
    // The moved bodies carry the renames made inside them.
    const methods = cands.map((st) => {
      const start = st.getStart(sf);
      const inner = modEdits.filter((e) => e.start >= start && e.end <= st.end).map((e) => ({ ...e, start: e.start - start, end: e.end - start }));
      const asyncKw = has(st, ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
      const head = `static ${asyncKw}${st.name.text}`;
      const rest = applyEdits(sf.text.slice(st.name.end, st.end), inner.map((e) => ({ ...e, start: e.start - (st.name.end - start), end: e.end - (st.name.end - start) })));
      return `  ${head}${rest ?? ''}`;
    });
    const outside = modEdits.filter((e) => !cands.some((st) => e.start >= st.getStart(sf) && e.end <= st.end));
    add(mod, ...outside, ...cands.map((st) => ({ start: st.getStart(sf), end: st.end, text: '' })), { start: sf.text.length, end: sf.text.length, text: `\nexport class ${cls} {\n${methods.join('\n\n')}\n}\n` });
    for (const f of fileEdits) add(f.file, ...f.edits);
    classes.push(cls);
  }
  const out = new Map<string, string>();
  for (const [file, e] of edits) {
    const next = applyEdits(files.get(file)!, e);
    if (next === undefined) return undefined;
    out.set(file, next);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Statements with a label: a refinement extracted into a helper; `await` through `.then`.

/** The statements whose last line carries an `expect:` label. */
function labelledStatements(sf: ts.SourceFile): ts.Statement[] {
  const lines = sf.text.split('\n');
  const out: ts.Statement[] = [];
  each(sf, (n) => {
    if (!ts.isStatement(n) || ts.isBlock(n) || ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n)) return;
    if (/\/\/\s*expect:/.test(lines[sf.getLineAndCharacterOfPosition(n.end).line] ?? '')) out.push(n);
  });
  // A nested statement (a callback's body) is kept over the statement holding it.
  return out.filter((o) => !out.some((p) => p !== o && p.getStart(sf) >= o.getStart(sf) && p.end <= o.end));
}

/** Whether a node lies in a function nested inside `outer`. */
function inNestedFunction(n: ts.Node, outer: ts.Node): boolean {
  for (let p = n.parent; p && p !== outer; p = p.parent) if (ts.isFunctionLike(p)) return true;
  return false;
}

const WHERE = /^(where|andWhere|orWhere)\w*$/;

/** `R.where(a, x)` in a labelled statement → `applyWhere(R, x)` with `function applyWhere(qb, x) { return qb.where(a, x); }`. */
function extractRefinement(sf: ts.SourceFile, file: string): string | undefined {
  const edits: Edit[] = [];
  const helpers: string[] = [];
  const typed = isTsFile(file);
  const locals = new Set(identifiers(sf).filter((i) => useOf(i) === 'decl' && insideFunction(i)).map((i) => i.text));
  for (const st of labelledStatements(sf)) {
    const calls: ts.CallExpression[] = [];
    each(st, (n) => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && !n.expression.questionDotToken && WHERE.test(n.expression.name.text) && !inNestedFunction(n, st)) calls.push(n);
    });
    calls.sort((a, b) => b.end - b.pos - (a.end - a.pos));
    for (const call of calls) {
      const recv = (call.expression as ts.PropertyAccessExpression).expression;
      if (recv.kind === ts.SyntaxKind.SuperKeyword) continue;
      let plain = true;
      const free: string[] = [];
      for (const a of call.arguments)
        each(a, (n) => {
          if (ts.isFunctionLike(n) || ts.isClassLike(n) || n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword || ts.isAwaitExpression(n) || ts.isYieldExpression(n)) plain = false;
          if (ts.isIdentifier(n) && (useOf(n) === 'ref' || useOf(n) === 'shorthand') && locals.has(n.text) && !free.includes(n.text)) free.push(n.text);
        });
      if (!plain) continue;
      const qb = freshName('qb', sf.text, ...free);
      const name = freshName('applyWhere', sf.text, ...helpers);
      const any = typed ? ': any' : '';
      const targs = call.typeArguments ? `<${call.typeArguments.map((t) => t.getText(sf)).join(', ')}>` : '';
      const args = sf.text.slice(call.arguments.pos, call.arguments.end);
      helpers.push(`\nfunction ${name}(${[qb, ...free].map((p) => `${p}${any}`).join(', ')}) {\n  return ${qb}.${(call.expression as ts.PropertyAccessExpression).name.text}${targs}(${args});\n}\n`);
      edits.push({ start: call.getStart(sf), end: call.end, text: `${name}(${[recv.getText(sf), ...free].join(', ')})` });
      break;
    }
  }
  if (!helpers.length) return undefined;
  edits.push({ start: sf.text.length, end: sf.text.length, text: helpers.join('') });
  return applyEdits(sf.text, edits);
}

const BUILDER_LINKS = /^(query|\$query|\$relatedQuery|relatedQuery|first|select|insert|update|patch|delete|del|count|findById|findOne|findByIds|limit|offset|orderBy|groupBy|returning|modify|pluck|increment|decrement|insertGraph|upsertGraph|withGraphFetched|withGraphJoined|from|into|table|(inner|left|right|full)?[jJ]oin\w*|(and|or)?[wW]here\w*)$/;

/** Whether a call is visibly a knex or Objection builder (a thenable): a builder link, or `db('leads')`. */
function builderChain(e: ts.Expression): boolean {
  for (let c: ts.Expression = e; ; ) {
    if (ts.isCallExpression(c)) {
      if (ts.isPropertyAccessExpression(c.expression) && BUILDER_LINKS.test(c.expression.name.text)) return true;
      const a = c.arguments[0];
      if (ts.isIdentifier(c.expression) && a && ts.isStringLiteral(a)) return true;
      c = c.expression;
    } else if (ts.isPropertyAccessExpression(c)) c = c.expression;
    else return false;
  }
}

/** `await E` in a labelled statement → `await E.then((result) => result)`: the same query, run through the builder's or promise's `then`. */
function awaitThen(sf: ts.SourceFile, orm: string): string | undefined {
  const edits: Edit[] = [];
  for (const st of labelledStatements(sf)) {
    each(st, (n) => {
      if (!ts.isAwaitExpression(n) || inNestedFunction(n, st)) return;
      const e = n.expression;
      if (!(ts.isIdentifier(e) || ts.isCallExpression(e)) || (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'then')) return;
      // A Kysely builder is not thenable: only its `execute…()` promise is; knex and Objection builders are.
      if (orm === 'kysely' ? !(ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && /^execute/.test(e.expression.name.text)) : ts.isCallExpression(e) && !builderChain(e)) return;
      edits.push({ start: e.end, end: e.end, text: '.then((result) => result)' });
    });
  }
  return edits.length ? applyEdits(sf.text, edits) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// A destructured parameter read through a typed options object.

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const p = fn.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return undefined;
}

/** `f({ a, b }: { a: string; b?: Date })` → `type FOptions = {…}; f(opts: FOptions)` with `opts.a`, `opts.b` in the body. */
function typedOptions(sf: ts.SourceFile, file: string): string | undefined {
  const edits: Edit[] = [];
  const aliases = new Map<ts.Statement, string[]>();
  const taken: string[] = [sf.text];
  each(sf, (n) => {
    if (!ts.isFunctionLike(n) || !('body' in n) || !n.body) return;
    const fn = n as ts.FunctionLikeDeclaration;
    for (const p of fn.parameters) {
      if (!ts.isObjectBindingPattern(p.name) || p.dotDotDotToken || p.name.elements.length === 0) continue;
      if (p.name.elements.some((e) => e.dotDotDotToken || e.initializer || !ts.isIdentifier(e.name) || (e.propertyName && !ts.isIdentifier(e.propertyName)))) continue;
      const opts = freshName('opts', ...taken);
      const refs: Edit[] = [];
      let ok = true;
      for (const e of p.name.elements) {
        const r = renameRefs(sf, (e.name as ts.Identifier).text, `${opts}.${((e.propertyName ?? e.name) as ts.Identifier).text}`, 1, fn);
        if (!r) ok = false;
        else refs.push(...r);
      }
      if (!ok) continue;
      let type = p.type ? `: ${p.type.getText(sf)}` : '';
      const name = functionName(fn);
      let generic = false;
      for (let a: ts.Node | undefined = fn; a; a = a.parent) if ((ts.isFunctionLike(a) || ts.isClassLike(a)) && a.typeParameters?.length) generic = true;
      if (p.type && ts.isTypeLiteralNode(p.type) && name && !generic && isTsFile(file)) {
        let top: ts.Node = fn;
        while (top.parent && !ts.isSourceFile(top.parent)) top = top.parent;
        const alias = freshName(`${cap(name)}Options`, ...taken);
        taken.push(alias);
        aliases.set(top as ts.Statement, [...(aliases.get(top as ts.Statement) ?? []), `type ${alias} = ${p.type.getText(sf)};\n`]);
        type = `: ${alias}`;
      }
      taken.push(opts);
      const optional = p.questionToken ? '?' : '';
      const init = p.initializer ? ` = ${p.initializer.getText(sf)}` : '';
      edits.push({ start: p.getStart(sf), end: p.end, text: `${opts}${optional}${type}${init}` }, ...refs);
    }
  });
  for (const [top, lines] of aliases) {
    const at = top.getStart(sf);
    edits.push({ start: at, end: at, text: lines.join('') });
  }
  return edits.length ? applyEdits(sf.text, edits) : undefined;
}

export const TS_BUILDERS: readonly Transform[] = [
  perFile('ts-import-namespace', "Named imports (and destructured requires) of the application's modules become one namespace import, `ns.name` at each use: the same bindings.", (sf) => namespaceImports(sf, false)),
  perFile('ts-import-namespace-packages', 'Named imports (and destructured requires) of packages (`knex`, `objection`, `kysely`) become a namespace import: the same bindings.', (sf) => namespaceImports(sf, true)),
  perFile('ts-import-rename', 'Every imported binding is renamed locally (`import { a as myA }`, `import MyLead from`, `const { a: myA } = require`): the same values.', (sf) => renameImports(sf)),
  perFile('ts-function-arrow-swap', 'Top-level function declarations become const arrows and const arrows become declarations (no `this`, no load-time use before the const): the same functions.', (sf) => swapFunctionForms(sf)),
  {
    name: 'ts-functions-to-static-methods',
    orms: ORMS,
    description: "A module's exported functions become static methods of an exported class (`LeadsRepository.f(…)` in the module and its importers): the same bodies.",
    apply: (files, ctx) => {
      const out = staticMethods(files);
      return out && checked('ts-functions-to-static-methods', ctx.caseName, out);
    },
  },
  perFile('ts-extract-refinement', "A labelled query's outermost `where…(…)` link becomes a helper taking and returning the builder (`applyWhere(qb, x)`): the same conditions.", (sf, file) => extractRefinement(sf, file)),
  perFile('ts-typed-options-param', 'A destructured parameter becomes one options object typed by a type alias, read as `opts.a`: the same values.', (sf, file) => typedOptions(sf, file)),
  perFile('ts-await-then', 'A labelled `await q` becomes `await q.then((result) => result)` (knex/Objection builders, Kysely `execute…()` promises): the same statement, run by `then`.', (sf, _file, orm) => awaitThen(sf, orm)),
  perFile('ts-pass-through', 'Each top-level function with plain parameters is renamed `fImpl` and a wrapper `f` passing its arguments on is added: one more call layer, the same values.', (sf) => passThrough(sf)),
];
