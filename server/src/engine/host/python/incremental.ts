/**
 * Keystroke-speed checking of Python files. The module is split into top-level statements
 * (`segments.ts`); each statement is parsed on its own and cached by its text, and results are
 * cached per top-level function or class, so a keystroke re-parses and re-analyses only the
 * definition it changed. (Measured: a whole-file tree-sitter re-parse of a 5,000-line file,
 * even incremental, often costs as much as a full parse here.) Module-level
 * statements (imports, constants, scripts) are small and always re-analysed, and they are part
 * of the cache key, so changing one of them re-checks the whole file.
 */
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions, CheckResult } from '../../check';
import { dedupeFindings, shiftFinding, type Finding } from '../../finding';
import { parsePython, type PyNode, type PyTree, ScopeIndex } from './ast';
import { textChange } from '../treesitter';
import { scanSegments, type Segment, topLevelSegments } from './segments';
import { djangoQueries } from './django-sites';
import { pythonFragments } from './embedded';
import { type ClassDecl, importsOf } from './models';
import { collectDeclarations } from './declarations';
import { sqlalchemyQueries } from './sqlalchemy-sites';
import { judgeRuns, judgeSql, type JudgeHooks, runsVerdict } from '../../query/judge';
import type { QueryRun } from '../../query/model';
import type { ResolvedModel } from './models';
import type { PyRun } from './synth';
import { overlayModule, placeTree, type PythonIndex, relatedOf } from './workspace';
import { calledNames } from './called-scan';
import { summarizeUnit, type Unit, unitSignature } from './summaries';

const DEF_START = /^(?:@|def\s|async\s+def\s|class\s)/;
const CLASS_START = /^(?:@[^\n]*\n\s*)*class\s/;
/** Host fix keys that hold document offsets (shifted with their statement). */
const OFFSET_KEYS = ['appendAt', 'filterArgsEnd', 'whereArgsEnd'];
const MAX_PARSED = 600;

interface StmtResult {
  /** Offsets relative to the statement start. */
  readonly findings: readonly Finding[];
  readonly parseErrors: readonly { offset: number; message: string }[];
  /** The findings at the statement's last position (most statements do not move between keystrokes). */
  placed?: { start: number; findings: readonly Finding[]; parseErrors: readonly { offset: number; message: string }[] };
}

interface Stmt {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly def: boolean;
  readonly isClass: boolean;
}

export class PythonChecker {
  /** Plain trees of statement texts, offsets relative to the statement. */
  private readonly parsed = new Map<string, PyNode[]>();
  private readonly results = new Map<string, { key: string; catalog: CatalogView; byText: Map<string, StmtResult> }>();
  private readonly decls = new Map<string, Map<string, ClassDecl[]>>();
  private readonly segmented = new Map<string, { text: string; stmts: Stmt[] }>();

  /** Per-statement trees and summaries (offsets relative to the statement), by file and text. */
  private readonly units = new Map<string, Map<string, { tree: PyTree; summary: ReturnType<typeof summarizeUnit>; signature: string; called: string[] }>>();

  constructor(private readonly py: PythonIndex) {}

  /** How many files have re-check caches (for tests). */
  get cachedFiles(): number {
    return new Set([...this.results.keys(), ...this.decls.keys(), ...this.segmented.keys(), ...this.units.keys()]).size;
  }

  private get index(): PythonIndex['models'] {
    return this.py.models;
  }

  /**
   * The checked file as other code sees it (functions, classes, imports), from its statements:
   * each statement's tree is kept by text, so a keystroke re-summarises only what it changed.
   */
  private overlay(fileName: string, text: string, stmts: readonly Stmt[]): ReturnType<typeof overlayModule> {
    const units: Unit[] = [];
    const summaries: ReturnType<typeof summarizeUnit>[] = [];
    const signatures: string[] = [];
    const called = new Set<string>();
    let cache = this.units.get(fileName);
    if (!cache) {
      cache = new Map();
      this.units.set(fileName, cache);
      if (this.units.size > 32) this.units.delete(this.units.keys().next().value as string);
    }
    // A file seen for the first time: one whole parse is cheaper than hundreds of small ones.
    if (stmts.filter((s) => !cache.has(s.text) && !this.parsed.has(s.text)).length > 8) this.primeWhole(text, stmts);
    for (const s of stmts) {
      let u = cache.get(s.text);
      if (!u) {
        const nodes = this.statementNodesRelative(s);
        const root: PyNode = { type: 'module', start: 0, end: s.text.length, field: null, named: true, children: nodes, parent: null };
        for (const n of nodes) n.parent = root;
        const tree: PyTree = { src: s.text, root };
        const summary = summarizeUnit({ file: fileName, tree, base: 0 });
        u = { tree, summary, signature: unitSignature({ file: fileName, tree, base: 0 }, summary), called: [...calledNames(s.text)] };
        cache.set(s.text, u);
      }
      placeTree(u.tree, fileName, s.start);
      units.push({ file: fileName, tree: u.tree, base: s.start });
      summaries.push(u.summary);
      signatures.push(u.signature);
      for (const c of u.called) called.add(c);
    }
    if (cache.size > 2 * stmts.length + 64) {
      const live = new Set(stmts.map((s) => s.text));
      for (const k of cache.keys()) if (!live.has(k)) cache.delete(k);
    }
    return overlayModule(fileName, units, called, summaries, signatures);
  }

  /** A statement's nodes with offsets relative to it (the parse cache's own nodes). */
  private statementNodesRelative(s: Stmt): PyNode[] {
    let nodes = this.parsed.get(s.text);
    if (!nodes) {
      nodes = parsePython(s.text).root.children;
      if (this.parsed.size >= MAX_PARSED) this.parsed.clear();
      this.parsed.set(s.text, nodes);
    }
    // Shared with the parse cache: statement trees are read, never changed (only their root link).
    return nodes;
  }

  /**
   * The file's top-level statements. After an edit only the changed region is scanned again:
   * statements before it are kept, and those after it are shifted once the scan meets an old
   * statement start behind the change.
   */
  private statements(fileName: string, text: string): Stmt[] {
    const toStmt = (g: Segment): Stmt => {
      const t = text.slice(g.start, g.end);
      return { start: g.start, end: g.end, text: t, def: DEF_START.test(t), isClass: CLASS_START.test(t) };
    };
    const prev = this.segmented.get(fileName);
    let stmts: Stmt[];
    if (!prev || prev.stmts.length === 0) stmts = topLevelSegments(text).map(toStmt);
    else if (prev.text === text) stmts = prev.stmts;
    else {
      const a = prev.text;
      const { start: p, oldEnd, newEnd: changeEnd } = textChange(a, text);
      const delta = text.length - a.length;
      const old = prev.stmts;
      let i0 = 0;
      while (i0 + 1 < old.length && old[i0 + 1]!.start <= p) i0++;
      const restartIdx = Math.max(0, i0 - 1);
      const restart = restartIdx === 0 ? 0 : old[restartIdx]!.start;
      const oldStarts = new Map<number, number>();
      for (let k = restartIdx; k < old.length; k++) if (old[k]!.start >= oldEnd) oldStarts.set(old[k]!.start, k);
      const r = scanSegments(text, restart, (x) => x >= changeEnd && oldStarts.has(x - delta));
      stmts = [...old.slice(0, restartIdx), ...r.segments.map(toStmt)];
      if (r.stoppedAt !== undefined) {
        for (const o of old.slice(oldStarts.get(r.stoppedAt - delta)!)) stmts.push({ ...o, start: o.start + delta, end: o.end + delta });
      }
    }
    this.segmented.set(fileName, { text, stmts });
    if (this.segmented.size > 32) this.segmented.delete(this.segmented.keys().next().value as string);
    return stmts;
  }

  /** Forgets a file's caches (closed or deleted). */
  forget(fileName: string): void {
    this.segmented.delete(fileName);
    this.results.delete(fileName);
    this.units.delete(fileName);
    this.decls.delete(fileName);
  }

  /** The statement's nodes at document offsets (parsed once per distinct text). */
  private statementNodes(s: Stmt): PyNode[] {
    // Fresh from this check's whole-file parse: already at document offsets, handed out once.
    const whole = this.wholeNodes?.get(s);
    if (whole) {
      this.wholeNodes!.delete(s);
      return whole;
    }
    let nodes = this.parsed.get(s.text);
    if (!nodes) {
      nodes = parsePython(s.text).root.children;
      if (this.parsed.size >= MAX_PARSED) this.parsed.clear();
      this.parsed.set(s.text, nodes);
    }
    return nodes.map((n) => cloneShifted(n, s.start, null));
  }

  /**
   * Parses the whole text once and caches each statement's nodes (a file seen for the first
   * time: one parse is cheaper than hundreds of small ones).
   */
  private primeWhole(text: string, stmts: readonly Stmt[]): void {
    const whole = parsePython(text);
    // Error recovery may differ between the whole file and one statement: then parse each alone.
    if (whole.hasError) return;
    const root = whole.root;
    this.wholeNodes = new Map();
    let k = 0;
    for (const s of stmts) {
      const nodes: PyNode[] = [];
      while (k < root.children.length && root.children[k]!.start < s.start) k++;
      const first = k;
      while (k < root.children.length && root.children[k]!.start < s.end) nodes.push(cloneShifted(root.children[k++]!, -s.start, null));
      this.wholeNodes.set(s, root.children.slice(first, k));
      if (this.parsed.size >= MAX_PARSED) this.parsed.clear();
      this.parsed.set(s.text, nodes);
    }
  }

  /** The current check's statements from its whole-file parse, at document offsets (see `primeWhole`). */
  private wholeNodes: Map<Stmt, PyNode[]> | undefined;

  check(text: string, catalog: CatalogView, options: (CheckOptions & { fileName?: string }) | undefined, modelHint: boolean): CheckResult {
    try {
      return this.checkStatements(text, catalog, options, modelHint);
    } finally {
      this.wholeNodes = undefined;
    }
  }

  private checkStatements(text: string, catalog: CatalogView, options: (CheckOptions & { fileName?: string }) | undefined, modelHint: boolean): CheckResult {
    const fileName = options?.fileName ?? '<unsaved>.py';
    const stmts = this.statements(fileName, text);
    const copied = new Map<Stmt, PyNode[]>();
    let primed = false;
    const copyAll = (list: Stmt[]): void => {
      const todo = list.filter((s) => !copied.has(s));
      if (!primed && todo.length > 8 && todo.filter((s) => !this.parsed.has(s.text)).length > 8) {
        primed = true;
        this.primeWhole(text, stmts);
      }
      for (const s of todo) copied.set(s, this.statementNodes(s));
    };
    const ctx = stmts.filter((s) => !s.def);
    copyAll(ctx);

    // This file's own model declarations: unchanged classes come from the cache.
    if (modelHint) {
      const oldDecls = this.decls.get(fileName) ?? new Map<string, ClassDecl[]>();
      const newDecls = new Map<string, ClassDecl[]>();
      copyAll(stmts.filter((s) => s.isClass && !oldDecls.has(s.text)));
      const classes: ClassDecl[] = [];
      // A class belongs to the statement it starts in: its node may run over the statement's trailing comment.
      const d = collectDeclarations(moduleOf(text, [...copied.values()].flat()), fileName);
      for (const s of stmts) {
        if (!s.isClass) {
          // Classes inside a top-level `if`/`try` (always re-read with the module-level statements).
          if (!s.def && copied.has(s)) classes.push(...d.classes.filter((c) => c.node.start >= s.start && c.node.start < s.end));
          continue;
        }
        const fresh = copied.has(s) ? d.classes.filter((c) => c.node.start >= s.start && c.node.start < s.end) : (oldDecls.get(s.text) ?? []);
        newDecls.set(s.text, fresh);
        classes.push(...fresh);
      }
      this.decls.set(fileName, newDecls);
      this.index.setFile(fileName, classes, d.tables);
    }

    const disabled = options?.disabledRules ? [...options.disabledRules].sort().join(',') : '';
    // What other statements and files contribute (functions, classes, callers) is part of the key.
    const overlay = this.overlay(fileName, text, stmts);
    const called = [...overlay.called].sort().join(',');
    const key = `${this.py.generationExcept(fileName)}\u0000${disabled}\u0000${ctx.map((s) => s.text).join('\u0001')}\u0000${overlay.signature}\u0000${called}`;
    let cache = this.results.get(fileName);
    if (!cache || cache.key !== key || cache.catalog !== catalog) {
      cache = { key, catalog, byText: new Map() };
      this.results.set(fileName, cache);
    }
    const byText = cache.byText;
    copyAll(stmts.filter((s) => s.def && !byText.has(s.text)));

    const fresh = stmts.filter((s) => copied.has(s));
    const perStmt = new Map<Stmt, { findings: Finding[]; parseErrors: { offset: number; message: string }[] }>();
    for (const s of fresh) perStmt.set(s, { findings: [], parseErrors: [] });
    const owner = (at: number): Stmt | undefined => {
      let lo = 0;
      let hi = stmts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = stmts[mid]!;
        if (at < s.start) hi = mid - 1;
        else if (at >= s.end) lo = mid + 1;
        else return s;
      }
      return undefined;
    };
    if (fresh.length) {
      const module = moduleOf(text, fresh.flatMap((s) => copied.get(s)!));
      placeTree(module, fileName, 0);
      const scopes = new ScopeIndex(module);
      const sqlOptions = options?.disabledRules ? { disabledRules: options.disabledRules } : {};
      // A SQL constant imported from another module is judged where this module executes it.
      const imported = (name: string): { tree: PyTree; node: PyNode } | undefined => {
        // `queries.COUNT_SQL`: a constant of a module the file imports.
        const [head, attr, ...more] = name.split('.');
        const mod = attr !== undefined && more.length === 0 ? this.py.resolve(fileName, head!) : undefined;
        const c = attr === undefined ? this.py.constant(fileName, name) : mod?.kind === 'module' ? this.py.constant(mod.mod.file, attr) : undefined;
        return c ? { tree: c.unit.tree, node: c.value } : undefined;
      };
      // `"… FROM {tbl}".format(tbl=Lead._meta.db_table)`: the model's table, quoted as PostgreSQL reads it.
      const tableOf = (name: string): string | undefined => {
        const m = this.index.model(name, fileName);
        return m ? (m.schema ? `"${m.schema}"."${m.table}"` : `"${m.table}"`) : undefined;
      };
      const fragments = this.py.withOverlay(overlay, () => this.index.withImports(importsOf(module), () => pythonFragments(module, scopes, fileName, imported, tableOf)));
      for (const f of fragments) {
        const bucket = perStmt.get(owner(f.at)!);
        if (!bucket) continue;
        const r = judgeSql(f.text, catalog, sqlOptions);
        for (const x of r.findings) bucket.findings.push(f.foreign ? foreignFinding(x, f.place!) : f.place ? { ...mapFinding(x, f.mapOffset), start: f.place.start, end: f.place.end } : mapFinding(x, f.mapOffset));
        if (!f.quietErrors && !f.ddl) bucket.parseErrors.push(...r.parseErrors.map((e) => ({ ...e, offset: f.mapOffset(e.offset) })));
      }
      const verdict = (runs: readonly PyRun[]): string => runsVerdict(runs.map(asQueryRun), catalog, sqlOptions);
      const ctxq = { models: this.index, py: this.py, checked: module, verdict };
      const queries = this.py.withOverlay(overlay, () =>
        this.index.withImports(importsOf(module), () => [...djangoQueries(module, ctxq, scopes, fileName), ...sqlalchemyQueries(module, ctxq, scopes, fileName)]),
      );
      for (const q of queries) {
        const bucket = perStmt.get(owner(q.at)!);
        if (!bucket) continue;
        bucket.findings.push(...judgeRuns([queryRun(q, fileName, text, this.py)], catalog, sqlOptions, PYTHON_HOOKS));
      }
    }

    const findings: Finding[] = [];
    const parseErrors: { offset: number; message: string }[] = [];
    for (const s of stmts) {
      const got = perStmt.get(s);
      if (got) {
        const own = dedupeFindings(got.findings.sort((x, y) => x.start - y.start));
        findings.push(...own);
        parseErrors.push(...got.parseErrors);
        // A definition whose findings all lie inside it can be reused wherever it moves.
        if (s.def && own.every((f) => f.start >= s.start && f.end <= s.end && (f.related ?? []).every((r) => r.kind === 'file' || (r.start >= s.start && r.end <= s.end))) && got.parseErrors.every((e) => e.offset >= s.start && e.offset <= s.end)) {
          byText.set(s.text, {
            findings: own.map((f) => shift(f, -s.start)),
            parseErrors: got.parseErrors.map((e) => ({ ...e, offset: e.offset - s.start })),
            placed: { start: s.start, findings: own, parseErrors: got.parseErrors },
          });
        }
        continue;
      }
      const cached = byText.get(s.text);
      if (!cached) continue;
      if (cached.placed?.start !== s.start) {
        cached.placed = {
          start: s.start,
          findings: cached.findings.map((f) => shift(f, s.start)),
          parseErrors: cached.parseErrors.map((e) => ({ ...e, offset: e.offset + s.start })),
        };
      }
      for (const f of cached.placed.findings) findings.push(f);
      for (const e of cached.placed.parseErrors) parseErrors.push(e);
    }
    // Drop entries of definitions that no longer exist.
    if (byText.size > stmts.length * 2 + 16) {
      const live = new Set(stmts.map((s) => s.text));
      for (const k of byText.keys()) if (!live.has(k)) byText.delete(k);
    }
    return { findings, parseErrors };
  }
}

/** A finding of SQL written in another module, placed where this one executes it (its fix's offset is that module's: dropped). */
function foreignFinding(f: Finding, place: { readonly start: number; readonly end: number }): Finding {
  if (!f.fix) return { ...f, start: place.start, end: place.end };
  const { insertAt: _offsetElsewhere, ...fix } = f.fix;
  return { ...f, start: place.start, end: place.end, fix: { ...fix, language: 'python' } };
}

/** A finding of embedded SQL (offsets in the SQL text) moved into the document. */
function mapFinding(f: Finding, map: (o: number) => number): Finding {
  const fix = f.fix ? { ...f.fix, language: 'python', ...(f.fix.insertAt ? { insertAt: { ...f.fix.insertAt, offset: map(f.fix.insertAt.offset) } } : {}) } : undefined;
  return { ...f, start: map(f.start), end: map(f.end), ...(fix ? { fix } : {}) };
}

function cloneShifted(n: PyNode, by: number, parent: PyNode | null): PyNode {
  const c: PyNode = { type: n.type, start: n.start + by, end: n.end + by, field: n.field, named: n.named, children: [], parent };
  for (const x of n.children) c.children.push(cloneShifted(x, by, c));
  return c;
}

function moduleOf(src: string, nodes: PyNode[]): { src: string; root: PyNode } {
  const root: PyNode = { type: 'module', start: 0, end: src.length, field: null, named: true, children: [], parent: null };
  for (const n of [...nodes].sort((a, b) => a.start - b.start)) {
    n.parent = root;
    root.children.push(n);
  }
  return { src, root };
}

function shift(f: Finding, by: number): Finding {
  return shiftFinding(f, by, OFFSET_KEYS);
}

/** The model of each run's main table: the quick fix names its key field. */
const runModels = new WeakMap<QueryRun, ResolvedModel>();

/** A translated run with its sites as `related` locations (and its further statements). */
/** A run and the statements it causes, without their places (judged for a verdict only). */
function asQueryRun(q: PyRun): QueryRun {
  return { ...q.run, ...(q.also?.length ? { also: q.also.map(asQueryRun) } : {}) };
}

export function queryRun(q: PyRun, fileName: string, text: string, py: PythonIndex): QueryRun {
  const related = q.sites.length ? relatedOf(q.sites, fileName, text, py) : [];
  const run: QueryRun = { ...q.run, ...(related.length ? { related } : {}), ...(q.also?.length ? { also: q.also.map((a) => queryRun(a, fileName, text, py)) } : {}) };
  runModels.set(run, q.model);
  return run;
}

/** Python quick-fix data: the run's host data and the model field that holds the partition key. */
const PYTHON_HOOKS: JudgeHooks = {
  language: 'python',
  hostFix(run, _finding, _onRoot, keyColumns) {
    const host: Record<string, string | number> = { ...run.fix.host };
    const col = keyColumns[0];
    if (col !== undefined) {
      const field = [...(runModels.get(run)?.fields.values() ?? [])].find((x) => x.column === col && !x.isForeignKey);
      host.keyField = field?.attr ?? col;
    }
    return host;
  },
};
