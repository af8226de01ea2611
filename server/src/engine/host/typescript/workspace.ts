/**
 * The TypeScript/JavaScript index of one workspace folder: models (`ModelRegistry`), modules with
 * their imports and exports, classes, and which bindings hold a database client (a knex, Kysely,
 * Drizzle, Prisma, TypeORM or Sequelize instance made in `db.ts` and imported under any name, a
 * Prisma client injected into a service). One instance per folder; nothing is process-wide.
 * Modules are parsed lazily, the first time another file needs them, and forgotten per file.
 */
import path from 'node:path';
import { LineIndex } from '../../finding';
import type { HostIndex } from '../types';
import { indexedAccess, memberType } from './type-members';
import { commonJsMember, namespaceImport, namespaceModule, resolvePath } from './registry-paths';
import { field, parseTs, refText, text, unwrap, type N } from './ast';
import { fileDecorations, mayDecorateModels } from './objection-table-decorators';
import { ModelRegistry, decoratorCall, decoratorsOf, mayDeclareModels, modelsFromPrisma, modelsFromTs, sequelizeAssociations, sequelizeDefaults, typeormBasesOf } from './models';
import { mayDeclareTypeormBases } from './typeorm-bases';
import { forgetDocument } from './scan';
import { typeExprClient } from './type-clients';
import { mayAliasSequelizeModels, sequelizeAliases } from './models-sequelize-registry';
import { moduleInfo, requireOf, type ClassInfo, type ModuleInfo } from './modinfo';
import { workspacePackage } from './workspace-packages';
import { factoryClient } from './factory-clients';

export type ClientKind = 'knex' | 'kysely' | 'drizzle' | 'prisma' | 'typeorm' | 'sequelize';

/** What a name stands for after following imports, re-exports and aliases. */
export type Resolved =
  /** `node`: the expression that made the client, when it is a top-level value (its options: Kysely plugins). */
  | { readonly kind: 'client'; readonly client: ClientKind; readonly node?: N }
  | { readonly kind: 'pkg'; readonly spec: string; readonly imported: string }
  | { readonly kind: 'function'; readonly file: string; readonly node: N }
  | { readonly kind: 'class'; readonly file: string; readonly cls: ClassInfo }
  | { readonly kind: 'value'; readonly file: string; readonly node: N };

interface Entry {
  readonly text: string;
  /** Import specifiers found by a cheap scan (for `dependentsOf` without parsing). */
  readonly specs: readonly string[];
  info?: ModuleInfo;
  lines?: LineIndex;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];
const SPEC_RE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;
const MAX_DEPTH = 8;

/** `@prisma/client`, or a generated client (`generated/prisma`, `../generated/prisma/client`, Prisma 6+ `output`). */
function isPrismaSpec(spec: string): boolean {
  return spec.startsWith('@prisma/client') || /(^|\/)prisma(\/client)?(\/index)?(\.js)?$/.test(spec);
}

const PACKAGE_CLIENTS: { test: (spec: string, imported: string) => boolean; client: ClientKind; how: 'call' | 'new' | 'type' }[] = [
  { test: (s) => s === 'knex', client: 'knex', how: 'call' },
  { test: (s, i) => s === 'kysely' && i === 'Kysely', client: 'kysely', how: 'new' },
  { test: (s, i) => s.startsWith('drizzle-orm') && i === 'drizzle', client: 'drizzle', how: 'call' },
  { test: (s, i) => isPrismaSpec(s) && i === 'PrismaClient', client: 'prisma', how: 'new' },
  { test: (s, i) => s === 'typeorm' && (i === 'DataSource' || i === 'EntityManager'), client: 'typeorm', how: 'new' },
  { test: (s, i) => /^sequelize(-typescript)?$/.test(s) && i === 'Sequelize', client: 'sequelize', how: 'new' },
];

/** Type names that declare a client (`db: Knex`, `db: Kysely<DB>`, `db: NodePgDatabase<typeof schema>`). */
const TYPE_CLIENTS: { test: (spec: string, imported: string) => boolean; client: ClientKind }[] = [
  { test: (s, i) => s === 'knex' && /^(Knex|default|\*)$/.test(i), client: 'knex' },
  { test: (s, i) => s === 'kysely' && (i === 'Kysely' || i === 'Transaction'), client: 'kysely' },
  { test: (s, i) => s.startsWith('drizzle-orm') && /Database$|^PgTransaction$/.test(i), client: 'drizzle' },
  { test: (s, i) => isPrismaSpec(s) && i === 'PrismaClient', client: 'prisma' },
  { test: (s, i) => s === 'typeorm' && (i === 'DataSource' || i === 'EntityManager'), client: 'typeorm' },
];

/** Whether an import from a package makes or types a client (`knex`, `Kysely`, `drizzle`, `PrismaClient`, `NodePgDatabase`). */
export function isClientImport(spec: string, imported: string): boolean {
  return PACKAGE_CLIENTS.some((p) => p.test(spec, imported)) || TYPE_CLIENTS.some((t) => t.test(spec, imported));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export class TsIndex implements HostIndex {
  readonly registry = new ModelRegistry();

  constructor() {
    this.registry.resolveModule = (from, spec) => this.resolve(from, spec);
  }
  private readonly files = new Map<string, Entry>();
  private gen = 0;
  /** Changes only when a file is added or removed (module resolution depends on the set of files, not their texts). */
  private setGen = 0;
  /** Parse trees and translated units of open documents (see scan.ts), per index. */
  readonly docs = new Map<string, unknown>();

  get generation(): number {
    return this.gen + this.registry.version;
  }

  /** Learns a file: `schema.prisma` models, or a TS/JS module and the models it declares. */
  indexFile(fileName: string, text: string): void {
    if (/\.prisma$/i.test(fileName)) {
      this.registry.set(fileName, modelsFromPrisma(text));
      return;
    }
    const prev = this.files.get(fileName);
    if (prev?.text === text) return;
    const specs: string[] = [];
    for (const m of text.matchAll(SPEC_RE)) specs.push(m[1]!);
    this.files.set(fileName, { text, specs });
    this.gen++;
    if (!prev) this.setGen++;
    else if (this.reverse?.setGen === this.setGen && !sameList(prev.specs, specs)) this.relink(fileName, specs);
    if (mayDeclareModels(text)) this.registry.set(fileName, modelsFromTs(this.info(fileName)!.root));
    else this.registry.remove(fileName);
    this.registry.setSequelizeDefaults(fileName, /\bdefine\s*:/.test(text) ? sequelizeDefaults(this.info(fileName)!.root) : undefined);
    this.registry.setDecorations(fileName, mayDecorateModels(text) ? fileDecorations(this.info(fileName)!.root, decoratorsOf, decoratorCall) : undefined);
    this.registry.setTypeormBases(fileName, mayDeclareTypeormBases(text) ? typeormBasesOf(this.info(fileName)!.root) : undefined);
    this.registry.setAliases(fileName, mayAliasSequelizeModels(text) ? sequelizeAliases(this.info(fileName)!.root) : undefined);
    this.registry.setAssociations(fileName, /\.(hasMany|hasOne|belongsTo|belongsToMany)\s*\(|@(HasMany|HasOne|BelongsTo|BelongsToMany)\s*\(/.test(text) ? sequelizeAssociations(this.info(fileName)!.root) : undefined);
  }

  removeFile(fileName: string): void {
    if (this.files.delete(fileName)) {
      this.gen++;
      this.setGen++;
    }
    this.registry.remove(fileName);
    forgetDocument(this.docs, fileName);
  }

  has(fileName: string): boolean {
    return this.files.has(fileName);
  }

  textOf(fileName: string): string | undefined {
    return this.files.get(fileName)?.text;
  }

  private reverse?: { setGen: number; importers: Map<string, Set<string>>; targets: Map<string, readonly string[]> };

  /**
   * File → files that import it. Built once per set of files; a file whose text changes only
   * moves its own edges (`relink`), so a keystroke never resolves the whole folder's imports again.
   */
  private importerMap(): Map<string, Set<string>> {
    if (this.reverse?.setGen === this.setGen) return this.reverse.importers;
    this.reverse = { setGen: this.setGen, importers: new Map(), targets: new Map() };
    for (const [file, e] of this.files) this.link(file, e.specs);
    return this.reverse.importers;
  }

  private link(file: string, specs: readonly string[]): void {
    const { importers, targets } = this.reverse!;
    const list: string[] = [];
    for (const s of specs) {
      const target = this.resolve(file, s);
      if (!target || target === file) continue;
      list.push(target);
      let set = importers.get(target);
      if (!set) importers.set(target, (set = new Set()));
      set.add(file);
    }
    targets.set(file, list);
  }

  /** A file's imports changed (the set of files did not): its edges only. */
  private relink(file: string, specs: readonly string[]): void {
    const { importers, targets } = this.reverse!;
    for (const t of targets.get(file) ?? []) importers.get(t)?.delete(file);
    this.link(file, specs);
  }

  /** Files that import `fileName`, directly or through re-exports (transitively). */
  dependentsOf(fileName: string): readonly string[] {
    const map = this.importerMap();
    const out = new Set<string>();
    const todo = [fileName];
    while (todo.length) {
      for (const other of map.get(todo.pop()!) ?? []) {
        if (out.has(other) || other === fileName) continue;
        out.add(other);
        todo.push(other);
      }
    }
    return [...out];
  }

  private reach?: { gen: number; words: RegExp; memo: Map<string, boolean> };

  /**
   * Whether a document imports a module that can reach the database: one whose text names a
   * partitioned table, model or ORM (`words`), or that imports such a module, transitively.
   * Text tests only, memoized per generation: the pre-filter never parses.
   */
  importsReach(fileName: string, text: string, words: RegExp): boolean {
    if (this.reach?.gen !== this.gen || this.reach.words !== words) this.reach = { gen: this.gen, words, memo: new Map() };
    const memo = this.reach.memo;
    const relevant = (file: string, depth: number): boolean => {
      const hit = memo.get(file);
      if (hit !== undefined) return hit;
      memo.set(file, false);
      const e = this.files.get(file);
      const r =
        !!e &&
        (words.test(e.text) ||
          (depth < MAX_DEPTH &&
            e.specs.some((s) => {
              const t = this.resolve(file, s);
              return t !== undefined && relevant(t, depth + 1);
            })));
      memo.set(file, r);
      return r;
    };
    for (const m of text.matchAll(SPEC_RE)) {
      const t = this.resolve(fileName, m[1]!);
      if (t !== undefined && t !== fileName && relevant(t, 0)) return true;
    }
    return false;
  }

  /** The indexed file a module specifier names: relative paths, `.js` written for `.ts`, `@/x` / `~/x` aliases. */
  resolve(from: string, spec: string): string | undefined {
    if (spec.startsWith('.')) {
      const base = path.resolve(path.dirname(from), spec);
      for (const ext of EXTENSIONS) if (this.files.has(base + ext)) return base + ext;
      const noJs = base.replace(/\.(m|c)?js$/, '');
      if (noJs !== base) for (const ext of EXTENSIONS) if (this.files.has(noJs + ext)) return noJs + ext;
      return undefined;
    }
    const alias = /^(?:@|~|#)\/(.+)$/.exec(spec);
    if (alias) {
      if (this.aliasCache?.setGen !== this.setGen) this.aliasCache = { setGen: this.setGen, found: new Map() };
      const cached = this.aliasCache.found;
      if (cached.has(spec)) return cached.get(spec);
      const r = this.resolveAlias(alias[1]!);
      cached.set(spec, r);
      return r;
    }
    const pkg = /^@([\w.-]+)\/([\w.-]+)(?:\/([\w./-]+))?$/.exec(spec);
    if (pkg) {
      if (this.aliasCache?.setGen !== this.setGen) this.aliasCache = { setGen: this.setGen, found: new Map() };
      const cached = this.aliasCache.found;
      if (cached.has(spec)) return cached.get(spec);
      const r = workspacePackage(this.files.keys(), pkg[1]!, pkg[2]!, pkg[3]);
      cached.set(spec, r);
      return r;
    }
    // `src/utils/database` under a tsconfig `baseUrl` (NestJS, immich): a path from an ancestor folder.
    if (/^[\w-]+\/[\w./-]+$/.test(spec)) {
      if (this.aliasCache?.setGen !== this.setGen) this.aliasCache = { setGen: this.setGen, found: new Map() };
      const key = `${path.dirname(from)}\0${spec}`;
      const cached = this.aliasCache.found;
      if (cached.has(key)) return cached.get(key);
      const r = this.fromAncestor(from, spec);
      cached.set(key, r);
      return r;
    }
    return undefined;
  }

  /** The indexed file `spec` names from the nearest ancestor folder of `from` that holds it. */
  private fromAncestor(from: string, spec: string): string | undefined {
    for (let dir = path.dirname(from); ; ) {
      const base = path.join(dir, spec);
      for (const ext of EXTENSIONS) if (this.files.has(base + ext)) return base + ext;
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  }

  private aliasCache?: { setGen: number; found: Map<string, string | undefined> };

  /** `@/lib/db` → the one indexed file ending in `/lib/db(.ts|/index.ts|…)`; none when ambiguous. */
  private resolveAlias(rest: string): string | undefined {
    let found: string | undefined;
    for (const f of this.files.keys()) {
      for (const ext of EXTENSIONS) {
        if (ext && f.endsWith(`/${rest}${ext}`)) {
          if (found && found !== f) return undefined;
          found = f;
        }
      }
    }
    return found;
  }

  /** The parsed module record of an indexed file (parsed on first use). */
  info(fileName: string): ModuleInfo | undefined {
    const e = this.files.get(fileName);
    if (!e) return undefined;
    e.info ??= moduleInfo(parseTs(e.text));
    return e.info;
  }

  /** 0-based position of an offset in an indexed file. */
  position(fileName: string, offset: number): { line: number; character: number } {
    const e = this.files.get(fileName);
    if (!e) return { line: 0, character: 0 };
    e.lines ??= new LineIndex(e.text);
    return e.lines.position(offset);
  }

  /** Follows an export through re-exports to the module and local name that define it. */
  resolveExport(file: string, name: string, depth = 0): { file: string; local: string } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const info = this.info(file);
    if (!info) return undefined;
    const e = info.exports.get(name);
    if (e?.kind === 'local') return { file, local: e.local };
    if (e?.kind === 'reexport') {
      const target = this.resolve(file, e.spec);
      return target ? this.resolveExport(target, e.imported, depth + 1) : undefined;
    }
    for (const s of info.starExports) {
      const target = this.resolve(file, s);
      const r = target ? this.resolveExport(target, name, depth + 1) : undefined;
      if (r) return r;
    }
    return undefined;
  }

  /** What a top-level name of `file` stands for; `info` overrides the indexed record (the open document). */
  resolveName(file: string, name: string, info?: ModuleInfo, depth = 0): Resolved | undefined {
    if (depth > MAX_DEPTH) return undefined;
    // A registry path the follow pass reads as one root (`WIKI.models.leads`, registry-paths.ts).
    if (name.includes('.')) return resolvePath(this, file, name, info);
    const m = info ?? this.info(file);
    if (!m) return undefined;
    const imp = m.imports.get(name);
    if (imp) {
      const target = this.resolve(file, imp.spec);
      if (!target) return imp.spec.startsWith('.') && !isPrismaSpec(imp.spec) ? undefined : { kind: 'pkg', spec: imp.spec, imported: imp.imported };
      if (imp.imported === '*') return undefined;
      const ex = this.resolveExport(target, imp.imported);
      return ex ? this.resolveName(ex.file, ex.local, undefined, depth + 1) : imp.imported !== 'default' ? commonJsMember(this, target, imp.imported) : undefined;
    }
    const cls = m.classes.get(name);
    if (cls) return { kind: 'class', file, cls };
    const v = m.locals.get(name);
    if (!v) return undefined;
    const u = unwrap(v);
    if (u && (u.type === 'function_declaration' || u.type === 'arrow_function' || u.type === 'function_expression' || u.type === 'function' || u.type === 'generator_function_declaration')) {
      return { kind: 'function', file, node: u };
    }
    const c = this.valueClient(file, v, m, depth + 1);
    return c ? { kind: 'client', client: c, node: v } : { kind: 'value', file, node: v };
  }

  /**
   * What a class reference (an `extends` clause's text, a constructor's name) names: `Base`, `Base<T>`, or `ns.Base` of a
   * namespace import (`import * as models`), which is the class that module exports, and `pkg.Model` of a package's.
   */
  resolveRef(file: string, ref: string, info?: ModuleInfo): Resolved | undefined {
    const m = /^\s*([\w$]+)(?:\s*\.\s*([\w$]+))?/.exec(ref);
    if (!m) return undefined;
    const r = this.resolveName(file, m[1]!, info);
    if (!m[2]) return r;
    if (r?.kind === 'pkg' && r.imported === '*') return { kind: 'pkg', spec: r.spec, imported: m[2] };
    return r === undefined && namespaceModule(this, file, m[1]!, info) ? this.resolveName(file, `${m[1]}.${m[2]}`, info) : r;
  }

  /** The client an expression evaluates to: `knex(cfg)`, `new Kysely(…)`, `drizzle(pool)`, `new PrismaClient()`, `g.prisma ?? new PrismaClient()`. */
  valueClient(file: string, v: N | undefined, info?: ModuleInfo, depth = 0): ClientKind | undefined {
    const u = unwrap(v);
    if (!u || depth > MAX_DEPTH) return undefined;
    if (u.type === 'binary_expression') {
      for (const c of u.children) {
        const k = this.valueClient(file, c, info, depth + 1);
        if (k) return k;
      }
      return undefined;
    }
    if (u.type === 'identifier') {
      const r = this.resolveName(file, text(u), info, depth + 1);
      return r?.kind === 'client' ? r.client : undefined;
    }
    if (u.type === 'call_expression' || u.type === 'new_expression') {
      const callee = unwrap(field(u, u.type === 'call_expression' ? 'function' : 'constructor'));
      if (!callee) return undefined;
      const req = requireOf(callee);
      if (req !== undefined) return PACKAGE_CLIENTS.find((p) => p.test(req, 'default') && p.how === 'call')?.client;
      if (callee.type === 'member_expression') {
        // `prisma.$extends(…)`, `require('knex').knex(…)`, `Knex.knex(…)`.
        const prop = text(field(callee, 'property') ?? callee);
        const obj = field(callee, 'object');
        // A `query` extension may rewrite every call's arguments (add the key): not a plain client.
        if (prop === '$extends') return /\bquery\s*:/.test(text(u)) ? undefined : this.valueClient(file, obj, info, depth + 1);
        const req2 = requireOf(obj);
        if (req2 !== undefined) return PACKAGE_CLIENTS.find((p) => p.test(req2, prop))?.client;
        // `new kyselyNs.Kysely(…)`, `new repos.LeadsRepository(…)` of a namespace import: read below as `Kysely`.
        if (obj?.type !== 'identifier' || !namespaceImport(this, file, text(obj), info)) return undefined;
      }
      const ref = refText(callee);
      if (ref === undefined) return undefined;
      const r = ref.includes('.') ? this.resolveRef(file, ref, info) : this.resolveName(file, ref, info, depth + 1);
      if (r?.kind === 'pkg') return PACKAGE_CLIENTS.find((p) => p.test(r.spec, r.imported) && (p.how === 'call') === (u.type === 'call_expression'))?.client;
      if (r?.kind === 'class' && u.type === 'new_expression') return this.classClient(r.file, r.cls, depth + 1);
      // An application's factory (`createConnection(url)` returning `drizzle(pool, { schema })`).
      if (r?.kind === 'function' && u.type === 'call_expression') return factoryClient(this, r.file, r.node, depth + 1);
      return undefined;
    }
    return undefined;
  }

  /** A class that extends a client (`class PrismaService extends PrismaClient`). */
  classClient(file: string, cls: ClassInfo, depth = 0): ClientKind | undefined {
    if (!cls.extends || depth > MAX_DEPTH) return undefined;
    const base = /^[\w$]+/.exec(cls.extends)?.[0];
    if (!base) return undefined;
    const r = this.resolveRef(file, cls.extends);
    if (r?.kind === 'pkg') return PACKAGE_CLIENTS.find((p) => p.test(r.spec, r.imported) && p.how === 'new')?.client;
    if (r?.kind === 'class') return this.classClient(r.file, r.cls, depth + 1);
    return r === undefined && base === 'PrismaClient' ? 'prisma' : undefined;
  }

  /** The client a type annotation names (`Knex`, `Kysely<DB>`, `PrismaService`, `NodePgDatabase<…>`). */
  typeClient(file: string, typeText: string, info?: ModuleInfo, depth = 0): ClientKind | undefined {
    const e = typeExprClient(this, file, typeText, info, depth);
    if (e) return e;
    const m = /^\s*([\w$]+)(?:\.([\w$]+))?/.exec(typeText);
    if (!m) return undefined;
    const r = this.resolveName(file, m[1]!, info);
    if (r?.kind === 'pkg') {
      // `knexNs.Knex` of `import * as knexNs from 'knex'` names the package's `Knex`.
      const imported = r.imported === '*' && m[2] ? m[2] : r.imported;
      return TYPE_CLIENTS.find((t) => t.test(r.spec, imported))?.client;
    }
    if (r?.kind === 'class') return this.classClient(r.file, r.cls);
    // `repos.LeadsRepository` of a namespace import of a workspace module: the class it exports.
    const member = !r && m[2] ? this.resolveName(file, `${m[1]}.${m[2]}`, info) : undefined;
    if (member?.kind === 'class') return this.classClient(member.file, member.cls);
    // `export type Database = NodePgDatabase<typeof schema>` in db.ts, imported: the type it names.
    // `db.TDbClient` of `import type * as db from './db'` too: the alias that module declares.
    const imp = !r && depth < 3 ? (info ?? this.info(file))?.imports.get(m[1]!) : undefined;
    if (!r && depth < 3 && (!m[2] || imp?.imported === '*')) {
      const target = imp ? this.resolve(file, imp.spec) : file;
      const name = m[2] ?? (imp ? imp.imported : m[1]!);
      const src = target && /^[\w$]+$/.test(name) ? this.textOf(target) : undefined;
      const def = src ? new RegExp(`^\\s*(?:export\\s+)?type\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*([^;\\n]+)`, 'm').exec(src) : undefined;
      if (def && target) return this.typeClient(target, def[1]!, undefined, depth + 1);
    }
    return undefined;
  }

  /** The class a type annotation names, resolved across files (for `this.repo.method()`). */
  typeClass(file: string, typeText: string, info?: ModuleInfo, depth = 0): { file: string; cls: ClassInfo } | undefined {
    // `IStores['leadStore']`: the class the interface declares for that key.
    const ia = indexedAccess(typeText);
    const mt = ia && depth < 3 ? memberType(this, file, ia.type, ia.key, info) : undefined;
    if (mt) return this.typeClass(mt.file, mt.type, mt.file === file ? info : undefined, depth + 1);
    // `LeadStore`, or `stores.LeadStore` of a namespace import (resolved as a registry path).
    const m = /^\s*([\w$]+(?:\.[\w$]+)?)\s*$/.exec(typeText);
    if (!m) return undefined;
    const r = this.resolveName(file, m[1]!, info);
    return r?.kind === 'class' ? { file: r.file, cls: r.cls } : undefined;
  }

  /** Every indexed file (for callers of a function in files that import it). */
  fileNames(): IterableIterator<string> {
    return this.files.keys();
  }
}
