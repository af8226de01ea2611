/**
 * File contexts of the follow pass (split from follow.ts): `FileCtx` (one file's tree, names,
 * clients and repositories), `makeCtx`/`ctxOf` building and caching them per index generation, and
 * the `Resolver` inline.ts asks for names of other files. The module-level state of the pass —
 * `bySrc` (contexts by text) and the per-`ModuleInfo` cache — lives here and nowhere else.
 */
import type { N } from './ast';
import { classAliases, fileClients } from './clients';
import { typeormRepositories } from './entities';
import { fileRepositories } from './file-repositories';
import { moduleInfo, type ModuleInfo } from './modinfo';
import type { ModelInfo } from './models';
import { typeAliases } from './sequelize-extra';
import type { Resolver } from './inline';
import { transactionClients } from './transactions';
import { workspaceKnexNaming } from './knex-naming';
import { workspaceKyselyNaming } from './kysely-workspace-casing';
import type { TsIndex } from './workspace';

/** One file as the follower sees it: its tree (document offsets), names and clients. */
export interface FileCtx {
  readonly file: string;
  readonly text: string;
  readonly info: ModuleInfo;
  readonly clients: ReadonlyMap<string, string>;
  readonly repos: ReadonlyMap<string, ModelInfo>;
  readonly aliases: ReadonlyMap<string, string>;
  /** True for the document being checked (its offsets are the document's). */
  readonly current: boolean;
}

const contexts = new WeakMap<ModuleInfo, { gen: number; ctx: FileCtx }>();

export function makeCtx(index: TsIndex, file: string, text: string, root: N, current: boolean): FileCtx {
  const info = moduleInfo(root);
  const aliases = classAliases(index, file, info);
  // `type LeadWithOutputs = LeadModel & {…}` of `import { Lead as LeadModel }` types a `Lead`.
  for (const [k, v] of typeAliases(text)) if (!aliases.has(k)) aliases.set(k, aliases.get(v) ?? v);
  const repos = fileRepositories(index, file, info, text, root, {
    declared: /Repository|getRepository/.test(text) ? typeormRepositories(root) : [],
    imported: /Repository|getRepository|typeorm/.test(text),
    custom: /Repository/.test(text),
    // An entity imported under another name (`import { Lead as LeadEntity }`) is that entity.
    find: (entity) => index.registry.find('typeorm', aliases.get(entity) ?? entity),
  });
  const clients = fileClients(index, file, info, root);
  // Callback parameters of a client's transaction (`db.transaction(async (tx) => …)`) are clients too.
  if (/\btransaction\s*\(/.test(text)) transactionClients(root, clients);
  const ctx: FileCtx = { file, text, info, clients, repos, aliases, current };
  bySrc.set(text, ctx);
  return ctx;
}

/** File contexts by their text (nodes carry their file's text), for the resolver of the pass under way. */
export const bySrc = new Map<string, FileCtx>();

/** Resolves names of any file the pass reads through the index (inline.ts asks for helpers and constants). */
export function resolverFor(current: FileCtx, index: TsIndex): Resolver {
  return {
    lookup(name, at) {
      const ctx = at.src === current.text ? current : bySrc.get(at.src);
      if (!ctx) return undefined;
      const r = index.resolveName(ctx.file, name, ctx.info);
      if (r?.kind !== 'function' && r?.kind !== 'value') return undefined;
      if (!ctxOf(index, r.file, current)) return undefined;
      return { kind: r.kind, node: r.node };
    },
    member(ns, prop, at) {
      const ctx = at.src === current.text ? current : bySrc.get(at.src);
      const imp = ctx?.info.imports.get(ns);
      const target = ctx && imp && (imp.imported === '*' || imp.imported === 'default') ? index.resolve(ctx.file, imp.spec) : undefined;
      // A default import of a module that has a default export is that value, not the module.
      if (!target || (imp!.imported === 'default' && index.info(target)?.exports.has('default'))) return undefined;
      const ex = index.resolveExport(target, prop);
      const r = ex ? index.resolveName(ex.file, ex.local) : undefined;
      return r?.kind === 'function' && ctxOf(index, r.file, current) ? { kind: 'function', node: r.node } : undefined;
    },
    cls(name, at) {
      const ctx = at.src === current.text ? current : bySrc.get(at.src);
      const r = ctx ? index.resolveName(ctx.file, name, ctx.info) : undefined;
      return r?.kind === 'class' && ctxOf(index, r.file, current) ? r.cls : undefined;
    },
    modelClass(framework, name) {
      const file = index.registry.fileOf(framework, name);
      const r = file ? index.resolveName(file, name) : undefined;
      return r?.kind === 'class' && ctxOf(index, r.file, current) ? r.cls : undefined;
    },
    file(at) {
      return (at.src === current.text ? current : bySrc.get(at.src))?.file;
    },
    clientInit(name, at) {
      const ctx = at.src === current.text ? current : bySrc.get(at.src);
      const r = ctx ? index.resolveName(ctx.file, name, ctx.info) : undefined;
      return r?.kind === 'client' ? r.node : undefined;
    },
    knexNaming: () => workspaceKnexNaming(index),
    kyselyNaming: () => workspaceKyselyNaming(index),
  };
}

export function ctxOf(index: TsIndex, file: string, current: FileCtx): FileCtx | undefined {
  if (file === current.file) return current;
  const info = index.info(file);
  const t = index.textOf(file);
  if (!info || t === undefined) return undefined;
  const c = contexts.get(info);
  if (c && c.gen === index.generation) {
    bySrc.set(c.ctx.text, c.ctx);
    return c.ctx;
  }
  const ctx = makeCtx(index, file, t, info.root, false);
  contexts.set(info, { gen: index.generation, ctx });
  return ctx;
}
