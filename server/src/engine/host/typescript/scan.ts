/**
 * Scans a TS/JS file in units: each top-level statement is copied and translated on its own,
 * with offsets relative to its start, and cached by its text. After a keystroke tree-sitter
 * re-parses incrementally (the previous tree of the document is kept) and only the units whose
 * text changed are copied and translated again; the rest are reused at their new position.
 * File-level facts (models declared in the file, TypeORM repositories, migration context, the
 * registry's version) form a signature: when it changes, every unit is translated again.
 */
import type { Node as TsNode, Tree } from 'web-tree-sitter';
import { parserFor, treeEdit } from '../treesitter';
import { copySubtree, type N } from './ast';
import { withTypeText } from './values';
import { typeTextLookup } from './types';
import { registryWords, skeletonBlocked, skeletonCandidate, skeletonOf, wordsOf } from './skeleton';
import { blankableBodies, blankedTreeAgrees, includedRanges, NeedFullParse, unitAlone } from './blank';
import { constString, embeddedFragments, isMigration, sqlConsts, type Fragment } from './embedded';
import { drizzleSqlNames } from './drizzle';
import { injectedModels, typeormRepositories } from './entities';
import { fileRepositories } from './file-repositories';
import { mayDeclareModels, modelsFromTs, signature, type ModelInfo } from './models';
import { moduleInfo, type ModuleInfo } from './modinfo';
import { classAliases, fileClients } from './clients';
import { fileFlags, findQueries, type SkippedCall } from './queries';
import { withScanValues } from './inline';
import { withFileImports } from './package-names';
import { typeAliases } from './sequelize-extra';
import { moveQuery, type OrmQuery } from './sqlgen';
import type { TsIndex } from './workspace';

interface Unit {
  readonly text: string;
  readonly root: N;
  readonly ddlContext: boolean;
  readonly repoDecls: Map<string, string>;
  readonly consts: Map<string, Fragment>;
  /** Set on a skeleton unit (skeleton.ts): its words, checked again whenever it is reused. */
  readonly words?: readonly string[];
  translated?: {
    readonly sig: string;
    readonly queries: OrmQuery[];
    readonly fragments: Fragment[];
    readonly usedConsts: Set<string>;
    readonly skipped: SkippedCall[];
  };
}

export interface FileScan {
  /** Embedded SQL (document offsets through `mapOffset`). */
  readonly fragments: Fragment[];
  /** ORM queries (document offsets). */
  readonly queries: OrmQuery[];
  readonly skipped: SkippedCall[];
  /** Models declared in this file. */
  readonly local: ModelInfo[];
  /** Imports, exports, classes of the file (unit-relative nodes: use for names, not offsets). */
  readonly module: ModuleInfo;
  /** Bindings of this file that hold a database client (`db`, `this.prisma`). */
  readonly clients: ReadonlyMap<string, string>;
}

interface DocState {
  text: string;
  tree: Tree;
  units: Map<string, Unit>;
  /** Starts of units parsed with their bodies blanked (blank.ts): such a tree is no base for an incremental parse. */
  blanked: ReadonlySet<number>;
}

/** A document's tree for this scan; `blanked` holds the starts of units whose bodies were blanked. */
interface Parsed {
  tree: Tree;
  units: Map<string, Unit>;
  keep: boolean;
  blanked: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

const MAX_DOCS = 16;

/** Anything a unit needs to contain to hold a query, embedded SQL, a model or a repository. */
const UNIT_HINT =
  /^\s*(import|export)\b|\brequire\s*\(|\bexports\b|\btableName\b|prisma|knex|drizzle|kysely|sequelize|\bsql\b|\.(query|raw|execute|where|from|find\w*|count|destroy|update|delete|select\w*|updateTable|deleteFrom|define|init)\s*[(`]|\.(save|reload|increment|decrement|restore|(get|count)[A-Z]\w*)\s*\(|\$(query|execute)Raw|Repository|@Entity|pgTable|pgSchema|\b(select|insert|update|delete|with|merge|create|alter|drop)\b/i;

/** A program node over unit roots (each keeps its own text and offsets). */
function programOf(children: N[], text: string): N {
  return { type: 'program', start: 0, end: text.length, field: null, children, parent: null, src: text };
}

function emptyUnit(text: string): N {
  return { type: 'program', start: 0, end: text.length, field: null, children: [], parent: null, src: text };
}
/** Forgets the cached tree and units of a document (closed, deleted). */
export function forgetDocument(docs: Map<string, unknown>, key: string): void {
  const d = docs.get(key) as DocState | undefined;
  if (d) {
    d.tree.delete();
    docs.delete(key);
  }
}

/**
 * Parses `text`, incrementally from the document's previous tree when there is one. A document's
 * first parse (every parse of a CLI scan) leaves out the bodies of would-be skeletons when
 * `modelWords` allow skeletons (blank.ts); the next one is a whole parse again, so keystrokes
 * keep parsing incrementally.
 */
function parseDocument(docs: Map<string, unknown>, key: string | undefined, text: string, modelWords: ReadonlySet<string> | undefined): Parsed {
  const parser = parserFor('typescript');
  const prev = key === undefined ? undefined : (docs.get(key) as DocState | undefined);
  if (prev && prev.text === text) return { tree: prev.tree, units: prev.units, keep: true, blanked: prev.blanked };
  let tree: Tree | null = null;
  let blanked = NONE;
  if (prev) {
    if (prev.blanked.size === 0) {
      prev.tree.edit(treeEdit(prev.text, text));
      tree = parser.parse(text, prev.tree);
    }
    prev.tree.delete();
    docs.delete(key!);
  }
  if (!prev && modelWords) {
    const bodies = blankableBodies(text, modelWords);
    if (bodies.length > 0) {
      tree = parser.parse(text, null, { includedRanges: includedRanges(text, bodies) });
      if (tree && blankedTreeAgrees(tree, bodies)) blanked = new Set(bodies.map((b) => b.start));
      else {
        tree?.delete();
        tree = null;
      }
    }
  }
  tree ??= parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return { tree, units: prev?.units ?? new Map(), keep: key !== undefined, blanked };
}

/** Scans a file; `key` (the file name) enables the incremental cache for that document. */
export function scanFile(text: string, fileName: string | undefined, index: TsIndex, key?: string): FileScan {
  const ddlContext = isMigration(fileName, text);
  const declares = mayDeclareModels(text);
  // Skeletons exist only outside migrations and model files: only there may bodies be blanked.
  const parsed = parseDocument(index.docs, key, text, declares || ddlContext ? undefined : registryWords(index.registry));
  try {
    return scanParsed(text, fileName, index, key, parsed, ddlContext, declares);
  } catch (e) {
    if (!(e instanceof NeedFullParse)) throw e;
    // The failed scan deleted its tree: a document state still holding it goes too.
    if (key !== undefined && (index.docs.get(key) as DocState | undefined)?.tree === parsed.tree) index.docs.delete(key);
    // A blanked unit had to be copied and its own parse was not plainly the same statement.
    const tree = parserFor('typescript').parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return scanParsed(text, fileName, index, key, { ...parsed, tree, blanked: NONE }, ddlContext, declares);
  }
}

function scanParsed(text: string, fileName: string | undefined, index: TsIndex, key: string | undefined, parsed: Parsed, ddlContext: boolean, declares: boolean): FileScan {
  const registry = index.registry;
  const docs = index.docs;
  const { tree, units: oldUnits, keep, blanked } = parsed;
  /** Copies a unit in full (one whose body was blanked from a parse of its own text). */
  const copyUnit = (c: TsNode, start: number, utext: string): N => (blanked.has(start) ? unitAlone(c, utext) : copySubtree(c, start, utext));
  let kept = false;
  try {
    const flags = fileFlags(text);
    // Type aliases of models (`type LeadWithOutputs = Lead & {…}`) type instances (sequelize-extra.ts).
    const types = typeAliases(text);
    const { hasTypeorm } = flags;
    const units: { unit: Unit; start: number }[] = [];
    const fresh = new Map<string, Unit>();
    const makeUnit = (utext: string, uroot: N, words?: readonly string[]): Unit => ({
      text: utext,
      root: uroot,
      ddlContext,
      repoDecls: hasTypeorm ? typeormRepositories(uroot) : new Map(),
      consts: sqlConsts(uroot, ddlContext),
      ...(words ? { words } : {}),
    });
    // Exported functions that may become skeletons, decided once the file's top-level names are known.
    const pending: { at: number; c: TsNode; utext: string; words: readonly string[] }[] = [];
    const pendingAt = new Set<number>();
    for (const c of unitNodes(tree.rootNode)) {
      const start = c.startIndex;
      const utext = text.slice(start, c.endIndex);
      let unit = fresh.get(utext) ?? oldUnits.get(utext);
      if (unit?.words && !declares && !ddlContext) {
        pending.push({ at: units.length, c, utext, words: unit.words });
        pendingAt.add(units.length);
      } else if (!unit || unit.ddlContext !== ddlContext || (declares && (unit.root.type === 'program' || unit.words))) {
        const hinted = declares || UNIT_HINT.test(utext);
        if (hinted && !declares && !ddlContext && skeletonCandidate(c, utext)) {
          pending.push({ at: units.length, c, utext, words: wordsOf(utext) });
          pendingAt.add(units.length);
        } else {
          // Units that cannot hold database code (imports, types, UI code) are not copied at all.
          unit = makeUnit(utext, hinted ? copyUnit(c, start, utext) : emptyUnit(utext));
        }
      }
      // A pending unit's place is filled below.
      if (!pendingAt.has(units.length)) fresh.set(utext, unit!);
      units.push({ unit: unit!, start });
    }
    if (pending.length > 0) {
      const m = moduleInfo(programOf(units.filter((_, i) => !pendingAt.has(i)).map((u) => u.unit.root), text));
      const scope = new Set<string>([...m.imports.keys(), ...m.locals.keys(), ...m.classes.keys(), ...types.keys(), ...registryWords(registry)]);
      for (const p of pending) {
        const blocked = skeletonBlocked(p.words, scope);
        let unit = fresh.get(p.utext) ?? oldUnits.get(p.utext);
        if (!unit?.words || blocked || unit.ddlContext !== ddlContext) {
          const start = p.c.startIndex;
          unit = blocked ? makeUnit(p.utext, copyUnit(p.c, start, p.utext)) : makeUnit(p.utext, skeletonOf(p.c, start, p.utext), p.words);
        }
        fresh.set(p.utext, unit);
        units[p.at] = { unit, start: p.c.startIndex };
      }
    }
    // Declarations refer to each other across statements (`class X extends Model {}` then
    // `X.init(…)`, `const s = pgSchema('x')` then `s.table(…)`): read them over the whole file.
    const program = programOf(units.map((u) => u.unit.root), text);
    const local = declares ? modelsFromTs(program) : [];
    const module = moduleInfo(program);
    const clients = fileName ? fileClients(index, fileName, module, program) : new Map<string, string>();
    const aliases = fileName ? classAliases(index, fileName, module) : new Map<string, string>();
    if (/InjectModel|typeof\s+[A-Z]/.test(text)) for (const [k, v] of injectedModels(program)) aliases.set(k, v);
    // `type LeadWithOutputs = LeadModel & {…}` of `import { Lead as LeadModel }` types a `Lead`.
    for (const [k, v] of types) if (!aliases.has(k)) aliases.set(k, aliases.get(v) ?? v);
    const repos = fileRepositories(index, fileName, module, text, program, {
      declared: units.flatMap(({ unit }) => [...unit.repoDecls]),
      imported: hasTypeorm,
      custom: hasTypeorm,
      // An entity imported under another name (`import { Lead as LeadEntity }`) is that entity.
      find: (entity) => registry.find('typeorm', aliases.get(entity) ?? entity, local),
    });
    // Units read the file's imports (a `sql` tag imported under another name, package-names.ts).
    const imports = [...module.imports.values()];
    const sig = JSON.stringify([registry.version, signature(local), [...repos].map(([k, m]) => [k, m.modelName, m.table]), flags, [...clients], [...aliases], imports]);
    const ctx = { registry, local, repos, clients, aliases, ...flags };
    const fragments: Fragment[] = [];
    const queries: OrmQuery[] = [];
    const skipped: SkippedCall[] = [];
    const used = new Set<string>();
    const typeText = typeTextLookup(index, fileName, text, module);
    const roots = new Set(units.map((u) => u.unit.root));
    for (const { unit, start } of units) {
      if (unit.translated?.sig !== sig) {
        // An imported constant naming a table is read through the index; such a unit is not cached (the constant may change).
        let imported = false;
        const importedConst = (name: string): N | undefined => {
          const r = fileName ? index.resolveName(fileName, name, module) : undefined;
          if (r?.kind !== 'value') return undefined;
          imported = true;
          return r.node;
        };
        // A string constant interpolated into raw SQL (`FROM ${TABLE}`); a same-file constant no
        // database word marks is not copied into this parse, so the index's record of the file is read.
        const constSql = (x: N | undefined): string | undefined => {
          if (x?.type !== 'identifier' || !fileName) return undefined;
          const name = x.src.slice(x.start, x.end);
          const own = constString(importedConst(name));
          if (own !== undefined) return own;
          const r = index.resolveName(fileName, name);
          if (r?.kind === 'value') imported = true;
          return r?.kind === 'value' ? constString(r.node) : undefined;
        };
        const e = withFileImports(roots, imports, () => embeddedFragments(unit.root, ddlContext, drizzleSqlNames(registry, local), constSql));
        const q = withFileImports(roots, imports, () => withScanValues(importedConst, () => withTypeText(typeText, () => findQueries(unit.root, ctx))));
        unit.translated = { sig: imported ? '' : sig, queries: q.queries, fragments: e.fragments, usedConsts: e.usedConsts, skipped: q.skipped };
      }
      const t = unit.translated;
      for (const f of t.fragments) fragments.push(shiftFragment(f, start));
      for (const q of t.queries) queries.push(shiftQuery(q, start));
      for (const s of t.skipped) skipped.push({ ...s, start: s.start + start, end: s.end + start });
      for (const u of t.usedConsts) used.add(u);
    }
    for (const { unit, start } of units) {
      for (const [name, f] of unit.consts) if (used.has(name)) fragments.push(shiftFragment(f, start));
    }
    if (keep && key !== undefined) {
      docs.set(key, { text, tree, units: fresh, blanked });
      kept = true;
      while (docs.size > MAX_DOCS) forgetDocument(docs, docs.keys().next().value!);
    }
    return { fragments, queries, skipped, local, module, clients };
  } finally {
    if (!kept) tree.delete();
  }
}

/**
 * Top-level statements. While code is half-typed (an unclosed brace), error recovery can fold
 * the rest of the file into one node: such big nodes with errors are split into their children,
 * so that one keystroke never copies the whole file again.
 */
function unitNodes(root: TsNode): TsNode[] {
  const out: TsNode[] = [];
  const add = (nodes: (TsNode | null)[], depth: number): void => {
    // `namedChildren` marshals all children in one call (namedChild(i) walks from the first each time).
    for (const c of nodes) {
      if (!c || c.type === 'comment') continue;
      if (depth < 4 && c.endIndex - c.startIndex > 20_000 && c.hasError && c.namedChildCount > 1) add(c.namedChildren, depth + 1);
      else out.push(c);
    }
  };
  add(root.namedChildren, 0);
  return out;
}

function shiftFragment(f: Fragment, by: number): Fragment {
  if (by === 0) return f;
  return { ...f, mapOffset: (o: number) => f.mapOffset(o) + by };
}

const OFFSET_KEYS = new Set(['at', 'end']);

function shiftQuery(q: OrmQuery, by: number): OrmQuery {
  if (by === 0) return q;
  let fix = q.fix;
  if (typeof q.fix.at === 'number' || typeof q.fix.end === 'number') {
    const f: Record<string, string | number> = { ...q.fix };
    for (const k of OFFSET_KEYS) if (typeof f[k] === 'number') f[k] = (f[k] as number) + by;
    fix = f;
  }
  const moved = moveQuery(q, (r) => ({ start: r.start + by, end: r.end + by }));
  return { ...moved, fix, ...(q.also ? { also: q.also.map((a) => shiftQuery(a, by)) } : {}) };
}
