/**
 * The TypeScript-parser toolkit of the knex/Objection/Kysely transformations (ts-builders.ts): parsing, range edits,
 * how an identifier is used (a reference, a declaration, a member name), renames that give up where a name could be
 * shadowed, and the per-file driver that re-parses every rewritten file.
 */
import path from 'node:path';
import ts from 'typescript';
import type { CaseFiles, Transform } from './transform';

export const ORMS = ['knex', 'objection', 'kysely'] as const;
export const SOURCE = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
const LABEL = /\/\/\s*expect(-also)?:/;

export function parse(file: string, text: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.(js|mjs|cjs|jsx)$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

export function syntaxErrors(file: string, text: string): number {
  return (parse(file, text) as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics.length;
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits; undefined when two overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return undefined;
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export function each(node: ts.Node, fn: (n: ts.Node) => void): void {
  fn(node);
  node.forEachChild((c) => each(c, fn));
}

export function identifiers(sf: ts.SourceFile, name?: string): ts.Identifier[] {
  const out: ts.Identifier[] = [];
  each(sf, (n) => {
    if (ts.isIdentifier(n) && (name === undefined || n.text === name)) out.push(n);
  });
  return out;
}

export type Use = 'ref' | 'shorthand' | 'decl' | 'other';

export const K = ts.SyntaxKind;
/** Nodes whose `name` declares a binding (other named nodes name members). */
export const DECLARATIONS = new Set([K.VariableDeclaration, K.Parameter, K.FunctionDeclaration, K.FunctionExpression, K.ClassDeclaration, K.ClassExpression, K.TypeAliasDeclaration, K.InterfaceDeclaration, K.EnumDeclaration, K.TypeParameter, K.ImportClause, K.NamespaceImport, K.ImportEqualsDeclaration, K.ModuleDeclaration]);

/** How an identifier is used: a reference to a binding, the shorthand `{ a }`, a declaration of one, or a member name. */
export function useOf(id: ts.Identifier): Use {
  const p = id.parent;
  if (ts.isShorthandPropertyAssignment(p)) return p.name === id ? 'shorthand' : 'ref';
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === id) return 'other';
  if (ts.isBindingElement(p)) return p.propertyName === id ? 'other' : 'decl';
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return p.propertyName === id ? 'other' : 'decl';
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p) || ts.isJsxAttribute(p) || ts.isMetaProperty(p)) return 'other';
  if (ts.isJsxOpeningElement(p) || ts.isJsxSelfClosingElement(p) || ts.isJsxClosingElement(p)) return 'other';
  if ((p as ts.Node & { name?: ts.Node }).name === id) return DECLARATIONS.has(p.kind) ? 'decl' : 'other';
  return 'ref';
}

/** Whether a reference is written to (`a = …`, `a += …`, `a++`). */
export function assigned(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isBinaryExpression(p) && p.left === id) return p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
}

/**
 * Edits replacing every reference to `name` (inside `within`, when given) with `repl`; undefined when the name is declared
 * other than `decls` times there (it could be shadowed), exported by name or written to.
 */
export function renameRefs(sf: ts.SourceFile, name: string, repl: string, decls = 1, within?: ts.Node): Edit[] | undefined {
  const out: Edit[] = [];
  let declared = 0;
  for (const id of identifiers(sf, name)) {
    if (within && (id.pos < within.pos || id.end > within.end)) continue;
    const use = useOf(id);
    if (use === 'decl') declared++;
    if (use === 'ref') {
      if (assigned(id)) return undefined;
      if (ts.isExportSpecifier(id.parent)) return undefined;
      out.push({ start: id.getStart(sf), end: id.end, text: repl });
    } else if (use === 'shorthand') {
      const p = id.parent as ts.ShorthandPropertyAssignment;
      if (p.objectAssignmentInitializer) return undefined;
      out.push({ start: id.getStart(sf), end: id.end, text: `${name}: ${repl}` });
    }
  }
  return declared === decls ? out : undefined;
}

export function words(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

/** A name not used anywhere in the texts, from a base. */
export function freshName(base: string, ...texts: string[]): string {
  const used = new Set(texts.flatMap((t) => [...words(t)]));
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}${i}`;
  return name;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const camel = (s: string): string => s.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[^A-Za-z_$]+/, '');

export function modifiers(n: ts.Node): readonly ts.ModifierLike[] {
  return ts.canHaveModifiers(n) ? (ts.getModifiers(n) ?? []) : [];
}

export const has = (n: ts.Node, kind: ts.SyntaxKind): boolean => modifiers(n).some((m) => m.kind === kind);

/** Whether `this`, `arguments` or `super` is read in a function's body as the function's own (nested functions aside). */
export function usesOwnThis(fn: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword || (ts.isIdentifier(n) && n.text === 'arguments' && useOf(n) === 'ref')) found = true;
    else if (!(ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isClassLike(n) || ts.isMethodDeclaration(n))) n.forEachChild(visit);
  };
  fn.forEachChild(visit);
  return found;
}

/** Whether a node lies inside a function body (rather than running when the module loads). */
export function insideFunction(n: ts.Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) || ts.isClassStaticBlockDeclaration(p)) return true;
  return false;
}

/** Whether the node's text spans a label comment (its lines would move with it). */
export function holdsLabel(sf: ts.SourceFile, n: ts.Node): boolean {
  const start = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
  const end = sf.getLineAndCharacterOfPosition(n.end).line;
  const lines = sf.text.split('\n');
  for (let l = start; l <= end; l++) if (LABEL.test(lines[l] ?? '')) return true;
  return false;
}

/** Re-parses every rewritten file; a syntax error is the transformation's bug: reported and the case skipped. */
export function checked(name: string, caseName: string, out: Map<string, string>): Map<string, string> | undefined {
  if (out.size === 0) return undefined;
  for (const [file, text] of out) {
    if (syntaxErrors(file, text) > 0) {
      process.stderr.write(`ts-builders: ${name} made a syntax error in ${caseName}/${file}; case skipped\n`);
      return undefined;
    }
  }
  return out;
}

/** A transformation applied file by file: `rewrite` returns the new text or undefined. */
export function perFile(name: string, description: string, rewrite: (sf: ts.SourceFile, file: string, orm: string) => string | undefined): Transform {
  return {
    name,
    orms: ORMS,
    description,
    apply: (files, ctx) => {
      const out = new Map<string, string>();
      for (const [file, text] of files) {
        if (!SOURCE.test(file) || file.endsWith('.d.ts')) continue;
        const next = rewrite(parse(file, text), file, ctx.orm);
        if (next !== undefined && next !== text) out.set(file, next);
      }
      return checked(name, ctx.caseName, out);
    },
  };
}

export function specOf(n: ts.ImportDeclaration): string {
  return (n.moduleSpecifier as ts.StringLiteral).text;
}

/** `require('x')` → 'x'. */
export function requireSpec(e: ts.Expression | undefined): string | undefined {
  if (!e || !ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'require') return undefined;
  const a = e.arguments[0];
  return e.arguments.length === 1 && a && ts.isStringLiteral(a) ? a.text : undefined;
}

/** The case file a relative specifier names. */
export function resolveSpec(from: string, spec: string, files: CaseFiles): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.join(path.posix.dirname(from), spec);
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  for (const c of [base, `${base}.ts`, `${base}.js`, `${base}.tsx`, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.js`]) if (files.has(c)) return c;
  return undefined;
}
