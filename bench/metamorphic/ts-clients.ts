/**
 * Metamorphic transformations for Drizzle, Sequelize, TypeORM and Prisma cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 *
 * The rewrites parse with the TypeScript compiler API (synchronous, exact node ranges) and edit
 * text by ranges. Each one is conservative: a name declared twice in a file, a reference before a
 * declaration at module level, an import through an alias the rewrite cannot follow, a label
 * comment inside moved text — the rewrite leaves that function, file or case out.
 */
import path from 'node:path';
import ts from 'typescript';
import type { CaseFiles, Transform } from './transform';

const ORMS = ['drizzle', 'sequelize', 'typeorm', 'prisma'] as const;
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function parse(file: string, text: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.[mc]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** Applies non-overlapping edits; undefined when two overlap (the rewrite is then not safe). */
function applyEdits(text: string, edits: readonly Edit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) return undefined;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

function sources(files: CaseFiles): [string, string][] {
  return [...files].filter(([f]) => SOURCE.test(f) && !f.endsWith('.d.ts'));
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (c) => walk(c, visit));
}

const isFunctionLike = (n: ts.Node): boolean =>
  ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n);

/** Identifiers that declare a binding (variable, parameter, function, class, import, type). */
function isBindingName(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p)) && p.name === id) return true;
  if (ts.isBindingElement(p) && p.name === id) return true;
  if (ts.isImportSpecifier(p) && p.name === id) return true;
  if ((ts.isImportClause(p) || ts.isNamespaceImport(p)) && p.name === id) return true;
  if ((ts.isTypeAliasDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isEnumDeclaration(p) || ts.isTypeParameterDeclaration(p)) && p.name === id) return true;
  return false;
}

/** An identifier that names a binding in an expression or a type (not a property name, not a declaration). */
function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (isBindingName(id)) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isQualifiedName(p) && p.right === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isEnumMember(p)) && p.name === id) return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return false;
  if (ts.isJsxAttribute(p) || ts.isPropertyAccessChain(p)) return false;
  if (ts.isImportTypeNode(p) || ts.isTypePredicateNode(p)) return false;
  return true;
}

/** Inside a type annotation (a type name, not a value). */
const inType = (id: ts.Node): boolean => ts.findAncestor(id.parent, (a) => (isFunctionLike(a) || ts.isBlock(a) ? 'quit' : ts.isTypeNode(a) && !ts.isExpressionWithTypeArguments(a))) !== undefined;

/** Modifiers other than decorators (`private`, `readonly`: parameter properties). */
const keywordModifiers = (p: ts.ParameterDeclaration): number => p.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.Decorator).length ?? 0;

/** How many times a name is declared as a binding anywhere under `root`. */
function bindingCount(root: ts.Node, name: string): number {
  let n = 0;
  walk(root, (x) => {
    if (ts.isIdentifier(x) && x.text === name && isBindingName(x)) n++;
  });
  return n;
}

/** Edits that replace every reference to `name` under `root` by `replacement` (shorthand properties expanded). */
function referenceEdits(root: ts.Node, name: string, replacement: string, sf: ts.SourceFile, valuesOnly = false): Edit[] | undefined {
  const out: Edit[] = [];
  let bad = false;
  walk(root, (x) => {
    if (!ts.isIdentifier(x) || x.text !== name) return;
    // A type name is another namespace than the value renamed; `typeof name` reads the value.
    if (valuesOnly && inType(x) && !ts.isTypeQueryNode(x.parent)) return;
    const p = x.parent;
    if (ts.isShorthandPropertyAssignment(p)) {
      if (p.objectAssignmentInitializer) bad = true;
      out.push({ start: x.getStart(sf), end: x.end, text: `${name}: ${replacement}` });
      return;
    }
    if (ts.isExportSpecifier(p)) {
      bad = true;
      return;
    }
    if (isReference(x)) out.push({ start: x.getStart(sf), end: x.end, text: replacement });
  });
  return bad ? undefined : out;
}

const hasLabel = (text: string): boolean => /\/\/\s*expect(-also)?:/.test(text);

/** A fresh identifier for a file: `base`, or `base2`, … when the text already uses it. */
function fresh(text: string, base: string, taken: Set<string> = new Set()): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}${i}`;
    if (!taken.has(name) && !new RegExp(`\\b${name}\\b`).test(text)) {
      taken.add(name);
      return name;
    }
  }
}

const camel = (s: string): string => s.replace(/[-_.]+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\W+/, '');
const pascal = (s: string): string => camel(s).replace(/^\w/, (c) => c.toUpperCase());

/** Rewrites each source file on its own; undefined when no file changed. */
function perFile(files: CaseFiles, rewrite: (file: string, text: string, sf: ts.SourceFile) => string | undefined): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const [file, text] of sources(files)) {
    const next = rewrite(file, text, parse(file, text));
    if (next !== undefined && next !== text) out.set(file, next);
  }
  return out.size > 0 ? out : undefined;
}

/** Named relative imports (values, not `import type`) of a file, with the local names each binds. */
function relativeNamedImports(sf: ts.SourceFile): { decl: ts.ImportDeclaration; spec: string; names: ts.ImportSpecifier[] }[] {
  const out: { decl: ts.ImportDeclaration; spec: string; names: ts.ImportSpecifier[] }[] = [];
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || !s.moduleSpecifier.text.startsWith('.')) continue;
    const c = s.importClause;
    if (!c || c.isTypeOnly || c.name || !c.namedBindings || !ts.isNamedImports(c.namedBindings)) continue;
    out.push({ decl: s, spec: s.moduleSpecifier.text, names: [...c.namedBindings.elements] });
  }
  return out;
}

/** `import { a, b } from './x'` → `import * as x from './x'`, each `a` → `x.a`. */
function namespaceImports(files: CaseFiles): Map<string, string> | undefined {
  return perFile(files, (_file, text, sf) => {
    const edits: Edit[] = [];
    const taken = new Set<string>();
    for (const imp of relativeNamedImports(sf)) {
      const ns = fresh(text, camel(path.posix.basename(imp.spec).replace(/\.(ts|js)$/, '')) + 'Module', taken);
      const local: Edit[] = [];
      let ok = true;
      for (const el of imp.names) {
        const name = el.name.text;
        const exported = (el.propertyName ?? el.name).text;
        if (bindingCount(sf, name) !== 1) ok = false;
        const refs = referenceEdits(sf, name, `${ns}.${exported}`, sf);
        if (!refs) ok = false;
        else local.push(...refs);
      }
      if (!ok) continue;
      edits.push({ start: imp.decl.getStart(sf), end: imp.decl.end, text: `import * as ${ns} from ${imp.decl.moduleSpecifier.getText(sf)};` }, ...local);
    }
    return edits.length ? applyEdits(text, edits) : undefined;
  });
}

/** `import { a } from './x'` → `import { a as xA } from './x'`, each `a` → `xA`. */
function aliasedImports(files: CaseFiles): Map<string, string> | undefined {
  return perFile(files, (_file, text, sf) => {
    const edits: Edit[] = [];
    const taken = new Set<string>();
    for (const imp of relativeNamedImports(sf)) {
      for (const el of imp.names) {
        if (el.propertyName) continue;
        const name = el.name.text;
        if (bindingCount(sf, name) !== 1) continue;
        const alias = fresh(text, `imported${pascal(name)}`, taken);
        const refs = referenceEdits(sf, name, alias, sf);
        if (!refs) continue;
        edits.push({ start: el.name.getStart(sf), end: el.name.end, text: `${name} as ${alias}` }, ...refs);
      }
    }
    return edits.length ? applyEdits(text, edits) : undefined;
  });
}

/** References to `name` at module level (outside every function body) that come before `pos`. */
function usedEagerlyBefore(sf: ts.SourceFile, name: string, pos: number): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || n.pos >= pos) return;
    if (isFunctionLike(n)) return;
    if (ts.isIdentifier(n) && n.text === name && isReference(n) && n.end <= pos) found = true;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

/** Uses `this` or `arguments` of its own (not through an inner arrow's lexical `this`, which is the same). */
function usesOwnThis(fn: ts.FunctionLikeDeclaration): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n !== fn && (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n) || ts.isClassLike(n))) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword || (ts.isIdentifier(n) && n.text === 'arguments')) found = true;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}

/** Top-level function declarations that can be moved or rewritten: one body, no overloads, named, no own `this`. */
function plainFunctions(sf: ts.SourceFile): ts.FunctionDeclaration[] {
  const fns = sf.statements.filter(ts.isFunctionDeclaration);
  return fns.filter((f) => {
    if (!f.name || !f.body || f.asteriskToken) return false;
    if (fns.filter((g) => g.name?.text === f.name!.text).length !== 1) return false;
    if (f.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)) return false;
    if (f.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === 'this')) return false;
    return !usesOwnThis(f);
  });
}

const isExported = (f: ts.FunctionDeclaration): boolean => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/** `[export] async function f<T>(a): R { … }` → `[export] const f = async <T>(a): R => { … };`. */
function functionsToArrows(files: CaseFiles): Map<string, string> | undefined {
  return perFile(files, (file, text, sf) => {
    const edits: Edit[] = [];
    for (const f of plainFunctions(sf)) {
      const name = f.name!.text;
      if (usedEagerlyBefore(sf, name, f.end)) continue;
      if (f.typeParameters && file.endsWith('.tsx')) continue;
      const exp = isExported(f) ? 'export ' : '';
      const async = f.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
      const tps = f.typeParameters ? `<${f.typeParameters.map((t) => t.getText(sf)).join(', ')}>` : '';
      const head = text.slice(f.parameters.pos - 1, f.body!.getStart(sf)).trimEnd();
      edits.push({ start: f.getStart(sf), end: f.body!.getStart(sf), text: `${exp}const ${name} = ${async}${tps}${head} => ` });
      edits.push({ start: f.end, end: f.end, text: ';' });
    }
    return edits.length ? applyEdits(text, edits) : undefined;
  });
}

/** Simple parameters (identifiers, no `this`, no parameter properties), or undefined. */
function simpleParams(f: ts.SignatureDeclaration): ts.ParameterDeclaration[] | undefined {
  for (const p of f.parameters) {
    if (!ts.isIdentifier(p.name) || p.name.text === 'this') return undefined;
    if (p.modifiers?.length) return undefined;
  }
  return [...f.parameters];
}

/**
 * An exported function becomes a private implementation and an exported pass-through with the
 * same parameters: `export function f(a: A) { return fImpl(a); }` (a wrapper layer many apps add).
 */
function passThroughWrappers(files: CaseFiles): Map<string, string> | undefined {
  return perFile(files, (_file, text, sf) => {
    const edits: Edit[] = [];
    const taken = new Set<string>();
    for (const f of plainFunctions(sf)) {
      if (!isExported(f)) continue;
      const params = simpleParams(f);
      if (!params) continue;
      const name = f.name!.text;
      const impl = fresh(text, `${name}Impl`, taken);
      const exportKw = f.modifiers!.find((m) => m.kind === ts.SyntaxKind.ExportKeyword)!;
      const async = f.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
      const tps = f.typeParameters ? `<${f.typeParameters.map((t) => t.getText(sf)).join(', ')}>` : '';
      const ret = f.type ? `: ${f.type.getText(sf)}` : '';
      const paramText = params.map((p) => p.getText(sf)).join(', ');
      const args = params.map((p) => (p.dotDotDotToken ? `...${p.name.getText(sf)}` : p.name.getText(sf))).join(', ');
      edits.push({ start: exportKw.getStart(sf), end: exportKw.end + 1, text: '' });
      edits.push({ start: f.name!.getStart(sf), end: f.name!.end, text: impl });
      const refs = referenceEdits(f.body!, name, impl, sf);
      if (!refs) return undefined;
      edits.push(...refs);
      edits.push({ start: f.end, end: f.end, text: `\n\nexport ${async}function ${name}${tps}(${paramText})${ret} {\n  return ${impl}(${args});\n}` });
    }
    return edits.length ? applyEdits(text, edits) : undefined;
  });
}

/** Functions whose parameters can be renamed: every simple parameter, declared once in the function. */
function renameParameters(files: CaseFiles): Map<string, string> | undefined {
  return perFile(files, (_file, text, sf) => {
    const edits: Edit[] = [];
    const taken = new Set<string>();
    walk(sf, (n) => {
      if (!isFunctionLike(n)) return;
      const f = n as ts.FunctionLikeDeclaration;
      if (!f.body) return;
      for (const p of f.parameters) {
        if (!ts.isIdentifier(p.name) || p.name.text === 'this' || keywordModifiers(p)) continue;
        const name = p.name.text;
        if (bindingCount(f, name) !== 1) continue;
        const renamed = fresh(text, `${name}Arg`, taken);
        const refs = referenceEdits(f, name, renamed, sf, true);
        if (!refs) continue;
        edits.push({ start: p.name.getStart(sf), end: p.name.end, text: renamed }, ...refs);
      }
    });
    return edits.length ? applyEdits(text, edits) : undefined;
  });
}

/**
 * A parameter typed by an inline object type gets a named type alias declared before its
 * top-level statement; a destructured one becomes `args: Alias` destructured on the body's first line.
 */
function paramTypeAliases(files: CaseFiles): Map<string, string> | undefined {
  return perFile(files, (file, text, sf) => {
    if (!/\.tsx?$/.test(file)) return undefined;
    const edits: Edit[] = [];
    const taken = new Set<string>();
    walk(sf, (n) => {
      if (!isFunctionLike(n)) return;
      const f = n as ts.FunctionLikeDeclaration;
      if (!f.body || !ts.isBlock(f.body)) return;
      const top = sf.statements.find((s) => s.pos <= f.pos && f.end <= s.end);
      if (!top || f.typeParameters?.length) return;
      let enclosing: ts.Node = f.parent;
      while (enclosing !== sf) {
        if ((isFunctionLike(enclosing) || ts.isClassLike(enclosing)) && (enclosing as ts.DeclarationWithTypeParameterChildren).typeParameters?.length) return;
        enclosing = enclosing.parent;
      }
      const fname = f.name && ts.isIdentifier(f.name) ? f.name.text : ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name) ? f.parent.name.text : 'handler';
      for (const p of f.parameters) {
        if (!p.type || !ts.isTypeLiteralNode(p.type) || keywordModifiers(p) || p.dotDotDotToken) continue;
        if (!ts.isIdentifier(p.name) && p.name.getText(sf).includes('//')) continue;
        const alias = fresh(text, `${pascal(fname)}${ts.isIdentifier(p.name) ? pascal(p.name.text) : 'Args'}`, taken);
        const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', top.getStart(sf)) + 1))![0];
        edits.push({ start: top.getStart(sf), end: top.getStart(sf), text: `type ${alias} = ${p.type.getText(sf)};\n\n${indent}` });
        if (ts.isIdentifier(p.name)) {
          edits.push({ start: p.type.getStart(sf), end: p.type.end, text: alias });
          continue;
        }
        if (!ts.isObjectBindingPattern(p.name)) continue;
        const arg = fresh(text, 'args', taken);
        if (bindingCount(f, arg) > 0) continue;
        const open = f.body.getStart(sf) + 1;
        edits.push({ start: p.name.getStart(sf), end: p.type.end, text: `${arg}: ${alias}` });
        edits.push({ start: open, end: open, text: ` const ${p.name.getText(sf).replace(/\s*\n\s*/g, ' ')} = ${arg};` });
      }
    });
    return edits.length ? applyEdits(text, edits) : undefined;
  });
}

/** Methods whose options argument (by position) is worth building in a local: query runners and where clauses. */
const OPTION_ARGS: Record<(typeof ORMS)[number], Record<string, number>> = {
  prisma: Object.fromEntries(['findMany', 'findFirst', 'findUnique', 'findFirstOrThrow', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy', 'updateMany', 'deleteMany', 'update', 'delete', 'upsert'].map((m) => [m, 0])),
  drizzle: { where: 0, findMany: 0, findFirst: 0 },
  typeorm: Object.fromEntries(['find', 'findOne', 'findAndCount', 'count', 'findBy', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'countBy', 'existsBy', 'exists', 'exist', 'where', 'andWhere', 'orWhere', 'delete', 'update', 'softDelete', 'sum', 'average', 'minimum', 'maximum'].map((m) => [m, 0])),
  sequelize: { ...Object.fromEntries(['findAll', 'findOne', 'findAndCountAll', 'count', 'destroy', 'findByPk'].map((m) => [m, 0])), update: 1, sum: 1, max: 1, min: 1 },
};

/**
 * A query's options object, where condition or SQL string is built in a `const` just before the
 * statement that runs it: `const args = { where: … }; return prisma.lead.findMany(args);`.
 */
function extractOptions(files: CaseFiles, orm: (typeof ORMS)[number]): Map<string, string> | undefined {
  const methods = OPTION_ARGS[orm];
  return perFile(files, (_file, text, sf) => {
    const edits: Edit[] = [];
    const taken = new Set<string>();
    walk(sf, (n) => {
      if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return;
      const method = n.expression.name.text;
      const index = Object.hasOwn(methods, method) ? methods[method] : undefined;
      if (index === undefined || n.arguments.length <= index) return;
      const arg = n.arguments[index]!;
      if (!ts.isObjectLiteralExpression(arg) && !ts.isCallExpression(arg) && !ts.isStringLiteral(arg) && !ts.isNoSubstitutionTemplateLiteral(arg)) return;
      if (ts.isStringLiteral(arg) && orm !== 'typeorm') return;
      const argText = arg.getText(sf);
      if (hasLabel(argText) || argText.includes('await ') || argText.includes('yield')) return;
      // The nearest statement, reached without crossing a function or a conditional evaluation.
      let s: ts.Node = n;
      let child: ts.Node = n;
      while (!ts.isStatement(s) || ts.isBlock(s)) {
        child = s;
        s = s.parent;
        if (!s || isFunctionLike(s) || ts.isConditionalExpression(s) || (ts.isBinaryExpression(s) && s.right === child && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(s.operatorToken.kind))) return;
        if (ts.isCallExpression(s) && s.questionDotToken) return;
        if (ts.isPropertyAccessExpression(s) && s.questionDotToken) return;
      }
      if (!ts.isBlock(s.parent) && !ts.isSourceFile(s.parent) && !ts.isCaseClause(s.parent) && !ts.isDefaultClause(s.parent)) return;
      if (ts.isVariableStatement(s) && s.declarationList.declarations.length !== 1) return;
      if (!ts.isVariableStatement(s) && !ts.isReturnStatement(s) && !ts.isExpressionStatement(s)) return;
      // Identifiers the argument uses must not be declared by the statement itself.
      const declared = new Set<string>();
      if (ts.isVariableStatement(s)) walk(s.declarationList.declarations[0]!.name, (x) => ts.isIdentifier(x) && declared.add(x.text));
      let clash = false;
      walk(arg, (x) => {
        if (ts.isIdentifier(x) && declared.has(x.text)) clash = true;
      });
      if (clash) return;
      const name = fresh(text, ts.isObjectLiteralExpression(arg) ? `${method}Options` : method.endsWith('here') ? 'condition' : `${method}Arg`, taken);
      const start = s.getStart(sf);
      const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1))![0];
      edits.push({ start, end: start, text: `const ${name} = ${argText};\n${indent}` });
      edits.push({ start: arg.getStart(sf), end: arg.end, text: name });
    });
    return edits.length ? applyEdits(text, dropNested(edits)) : undefined;
  });
}

/** Replacements inside another replacement are dropped with their insertions (the outer one moves their text). */
function dropNested(edits: Edit[]): Edit[] {
  const replaced = edits.filter((e) => e.end > e.start);
  const inner = new Set(replaced.filter((e) => replaced.some((o) => o !== e && o.start <= e.start && e.end <= o.end)));
  const out: Edit[] = [];
  for (let i = 0; i < edits.length; i += 2) if (!inner.has(edits[i + 1]!)) out.push(edits[i]!, edits[i + 1]!);
  return out;
}

export const TS_CLIENTS: readonly Transform[] = [
  {
    name: 'ts-namespace-import',
    orms: ORMS,
    description: 'Relative named imports become `import * as xModule` with each use qualified: the same bindings, read through the module object.',
    apply: (files) => namespaceImports(files),
  },
  {
    name: 'ts-import-alias',
    orms: ORMS,
    description: 'Relative named imports are renamed locally (`import { a as importedA }`): the same binding under another name.',
    apply: (files) => aliasedImports(files),
  },
  {
    name: 'ts-function-to-arrow',
    orms: ORMS,
    description: 'Top-level function declarations become `const f = (…) => { … }` (none is used at module level before it): the same body runs.',
    apply: (files) => functionsToArrows(files),
  },
  {
    name: 'ts-pass-through-wrapper',
    orms: ORMS,
    description: 'Each exported function becomes a private `fImpl` behind an exported `f` with the same parameters that returns `fImpl(…)`: one more layer, the same queries.',
    apply: (files) => passThroughWrappers(files),
  },
  {
    name: 'ts-rename-parameters',
    orms: ORMS,
    description: 'Every simple parameter declared once in its function is renamed (`since` → `sinceArg`), shorthand properties expanded: the same values flow.',
    apply: (files) => renameParameters(files),
  },
  {
    name: 'ts-param-type-alias',
    orms: ORMS,
    description: 'Inline object types of parameters become named type aliases; destructured parameters become `args: Alias` destructured in the body: types only, the same values.',
    apply: (files) => paramTypeAliases(files),
  },
  {
    name: 'ts-extract-options',
    orms: ORMS,
    description: 'A query call’s options object, where condition or SQL string is built in a `const` just before its statement: evaluated in the same order, passed unchanged.',
    apply: (files, { orm }) => extractOptions(files, orm as (typeof ORMS)[number]),
  },
];
