/**
 * What the server knows about the workspace: its folders, the partition catalog learned from
 * DDL files (scanned at start, updated from watched-file events and open documents), the live
 * catalog sent by the client, and the tables declared in settings. `catalogFor()` merges them
 * for one document: live database over settings over workspace DDL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CatalogSnapshot, type CatalogView, type PartitionedTable } from '../engine/catalog/model';
import {
  createCatalogIndex,
  FolderIndexes,
  isWorkspaceSource,
  SKIPPED_DIRECTORIES,
  tablesFromSetting,
  type CatalogIndex,
} from '../engine/index';
import { sourceTooLarge } from '../engine/limits';
import type { LiveCatalogParams } from '../protocol';
import { inScope, type ResourceSettings } from './config';

export interface Folder {
  readonly uri: string;
  readonly fsPath: string;
}

/** Files larger than this are not read for the catalog (generated dumps of data, not schema). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Stop scanning after this many candidate files (a safety net for huge monorepos). */
const MAX_FILES = 50_000;
/** Files read between two yields to the event loop while scanning. */
const CHUNK = 40;

/** Quick test whether text may contain DDL the catalog cares about. */
const DDL_HINT = /\b(?:partition|create|alter|drop|rename|attach|detach|@@map|@@schema|pgTable|db_table|table_name)\b/i;

/** The file-system path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

export interface WorkspaceEvents {
  /** The merged workspace catalog changed: open documents must be checked again. */
  catalogChanged(): void;
  /** A problem in the `partitionLens.tables` setting, to show to the user. */
  settingProblem(message: string): void;
  /**
   * A file's host index changed: these open-or-not files (absolute paths or URIs) may now have
   * different findings. The session re-checks those that are open.
   */
  dependentsChanged(changedFile: string, dependents: readonly string[]): void;
  /** Indexing a file failed (a host index threw): the file's findings may be incomplete. */
  indexProblem(file: string, message: string): void;
  log(message: string): void;
  error(message: string): void;
}

/** What `learn` did to the host indexes. */
interface Learned {
  /** A host without a per-folder index learned the file (dependents unknown: re-check all). */
  readonly legacy: boolean;
}

export class WorkspaceState {
  private folders: Folder[] = [];
  private catalog: CatalogIndex = createCatalogIndex();
  /** Key (path or URI) → whether the file is currently in the catalog. */
  private readonly known = new Set<string>();
  /** Open documents' keys: their editor text wins over the disk. */
  private readonly open = new Map<string, string>();
  private generation = 0;
  /** Changes only when the workspace's tables really change. */
  private tablesGeneration = 0;
  private fingerprint = '';
  private snapshotCache: { generation: number; snapshot: CatalogSnapshot } | undefined;
  private live: { snapshot: CatalogSnapshot; label: string; searchPath: readonly string[] } | undefined;
  private liveGeneration = 0;
  private readonly mergedCache = new Map<string, { key: string; view: CatalogView }>();
  private scanRun = 0;
  private scanDone: Promise<void> = Promise.resolve();
  private scanning = false;
  /** Host indexes per workspace folder URI (never shared between folders). */
  private indexes = new Map<string, FolderIndexes>();
  /** Documents outside every folder share one index per session. */
  private fallbackIndexes: FolderIndexes | undefined;
  /** The text an open document's index entry was last built from (skips re-indexing the same text). */
  private readonly indexedOpen = new Map<string, string>();

  constructor(
    private readonly events: WorkspaceEvents,
    private readonly settingsFor: (uri: string) => Promise<ResourceSettings>,
  ) {}

  setFolders(folders: readonly Folder[]): void {
    this.folders = [...folders].sort((a, b) => b.fsPath.length - a.fsPath.length);
  }

  getFolders(): readonly Folder[] {
    return this.folders;
  }

  /** The key a file has in the catalog: its path for `file:` URIs, else the URI. */
  keyOf(uri: string): string {
    return uriToPath(uri) ?? uri;
  }

  /** The folder containing a path and the `/`-separated path relative to it. */
  locate(key: string): { folder: Folder; relative: string } | undefined {
    for (const f of this.folders) {
      const rel = path.relative(f.fsPath, key);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { folder: f, relative: rel.split(path.sep).join('/') };
    }
    return undefined;
  }

  /** A short name for a catalog source file (relative to its workspace folder). */
  displayPath(file: string): string {
    const loc = this.locate(file);
    if (!loc) return file;
    return this.folders.length > 1 ? `${path.basename(loc.folder.fsPath)}/${loc.relative}` : loc.relative;
  }

  /** Whether a document is in scope of its folder's include / exclude settings. */
  inScope(uri: string, settings: ResourceSettings): boolean {
    const loc = this.locate(this.keyOf(uri));
    return loc ? inScope(loc.relative, settings) : true;
  }

  /**
   * The host indexes of the folder containing a document (a per-session fallback outside every
   * folder). Created on first use; call after the engine is loaded.
   */
  indexesFor(uriOrKey: string): FolderIndexes {
    const key = uriOrKey.startsWith('file:') ? this.keyOf(uriOrKey) : uriOrKey;
    // Documents that are not files (untitled:, …) belong to no folder.
    const loc = path.isAbsolute(key) ? this.locate(key) : undefined;
    if (!loc) return (this.fallbackIndexes ??= new FolderIndexes());
    let ix = this.indexes.get(loc.folder.uri);
    if (!ix) this.indexes.set(loc.folder.uri, (ix = new FolderIndexes()));
    return ix;
  }

  /**
   * Indexes an open document's current text before it is checked (so its own check and the
   * checks of its dependents see it). Re-checks of dependents are requested when the index's
   * generation moved. `legacy`: a host without a per-folder index learned the text, so its
   * dependents are unknown and the caller re-checks every other open document.
   */
  indexOpenDocument(uri: string, text: string): 'unchanged' | 'indexed' | 'legacy' {
    const key = this.keyOf(uri);
    if (this.indexedOpen.get(key) === text) return 'unchanged';
    const indexes = this.indexesFor(key);
    if (!indexes.wants(key)) return 'unchanged';
    this.indexedOpen.set(key, text);
    return this.indexHost(indexes, key, text).legacy ? 'legacy' : 'indexed';
  }

  /** Resolves when the current scan has finished, or after `timeoutMs`, whichever comes first. */
  async readyWithin(timeoutMs: number): Promise<void> {
    if (!this.scanning) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.scanDone, new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
    if (timer) clearTimeout(timer);
  }

  isScanning(): boolean {
    return this.scanning;
  }

  /**
   * Scans every folder for catalog sources (async, in chunks, yielding between them) and
   * replaces the catalog with what it finds. A newer scan supersedes a running one.
   */
  rescan(): Promise<void> {
    const run = ++this.scanRun;
    this.scanning = true;
    this.scanDone = this.scan(run)
      .catch((e: unknown) => this.events.error(`Partition Lens: workspace scan failed: ${errorText(e)}`))
      .finally(() => {
        if (run === this.scanRun) this.scanning = false;
      });
    return this.scanDone;
  }

  private async scan(run: number): Promise<void> {
    const t0 = Date.now();
    const files: string[] = [];
    for (const folder of this.folders) {
      const settings = await this.settingsFor(folder.uri);
      await this.walk(folder.fsPath, folder.fsPath, settings, files, run);
      if (run !== this.scanRun) return;
    }
    const next = createCatalogIndex();
    const nextKnown = new Set<string>();
    // Fresh indexes per folder: what a previous scan learned from files now gone cannot survive.
    const nextIndexes = new Map<string, FolderIndexes>();
    const indexesOf = (key: string): FolderIndexes => {
      const loc = this.locate(key);
      if (!loc) return (this.fallbackIndexes ??= new FolderIndexes());
      let ix = nextIndexes.get(loc.folder.uri);
      if (!ix) nextIndexes.set(loc.folder.uri, (ix = new FolderIndexes()));
      return ix;
    };
    let read = 0;
    for (let i = 0; i < files.length; i += CHUNK) {
      for (const file of files.slice(i, i + CHUNK)) {
        const text = this.open.get(file) ?? (await readSmallFile(file));
        if (text === undefined) continue;
        const tooLarge = sourceTooLarge(file, text);
        if (tooLarge) {
          this.events.log(`Partition Lens: not indexed: ${file}: ${tooLarge} (minified or generated code is not analysed)`);
          continue;
        }
        this.learn(next, file, text, indexesOf(file), false);
        nextKnown.add(file);
        read++;
      }
      await yieldToEventLoop();
      if (run !== this.scanRun) return;
    }
    // Open documents outside every folder still count.
    for (const [key, text] of this.open) {
      if (!nextKnown.has(key) && isWorkspaceSource(key)) {
        this.learn(next, key, text, indexesOf(key), false);
        nextKnown.add(key);
      }
    }
    this.catalog = next;
    for (const [key, text] of this.open) if (nextKnown.has(key)) this.indexedOpen.set(key, text);
    // Files gone since the last scan (or now excluded) must not keep their models indexed
    // (hosts without a per-folder index keep them process-wide).
    for (const k of this.known) if (!nextKnown.has(k)) indexesOf(k).removeFile(k);
    for (const f of this.folders) if (!nextIndexes.has(f.uri)) nextIndexes.set(f.uri, new FolderIndexes());
    this.indexes = nextIndexes;
    this.known.clear();
    for (const k of nextKnown) this.known.add(k);
    this.events.log(`Partition Lens: scanned ${read} files in ${Date.now() - t0} ms`);
    this.changed(true);
  }

  private async walk(dir: string, root: string, settings: ResourceSettings, out: string[], run: number): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= MAX_FILES || run !== this.scanRun) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(e.name)) continue;
        await this.walk(p, root, settings, out, run);
      } else if (e.isFile() && isWorkspaceSource(p)) {
        const rel = path.relative(root, p).split(path.sep).join('/');
        if (inScope(rel, settings)) out.push(p);
      }
    }
  }

  /** `notify`: ask for re-checks of dependents (not during a scan, which re-checks everything at its end). */
  private learn(catalog: CatalogIndex, key: string, text: string, indexes = this.indexesFor(key), notify = true): Learned {
    try {
      catalog.setFile(key, text);
    } catch (e) {
      this.events.error(`Partition Lens: reading DDL from ${key} failed: ${errorText(e)}`);
    }
    if (!indexes.wants(key)) return { legacy: false };
    return this.indexHost(indexes, key, text, notify);
  }

  /** Feeds a file to its folder's host indexes and asks for re-checks of its dependents. */
  private indexHost(indexes: FolderIndexes, key: string, text: string, notify = true): Learned {
    const before = indexes.generation;
    for (const p of indexes.indexFile(key, text)) this.events.indexProblem(key, p);
    if (notify && indexes.generation !== before) {
      const dependents = indexes.dependentsOf(key);
      if (dependents.length > 0) this.events.dependentsChanged(key, dependents);
    }
    return { legacy: indexes.claimedByLegacy(key) };
  }

  /** An open document's text (called after its diagnostics are published). */
  async updateOpenDocument(uri: string, text: string): Promise<void> {
    const key = this.keyOf(uri);
    const before = this.open.get(key);
    this.open.set(key, text);
    if (!isWorkspaceSource(key)) return;
    // Model files (host index) always count; other files only when they look like DDL.
    const indexes = this.indexesFor(key);
    const models = indexes.wants(key);
    if (!models && before !== undefined && !DDL_HINT.test(before) && !DDL_HINT.test(text)) return;
    if (!(await this.inScopeOf(key))) return;
    let legacy = false;
    // The host indexes already saw this text when the document was checked (indexOpenDocument).
    if (this.indexedOpen.get(key) === text) this.learnCatalogOnly(key, text);
    else {
      legacy = this.learn(this.catalog, key, text, indexes).legacy;
      if (models) this.indexedOpen.set(key, text);
    }
    this.known.add(key);
    this.changed(false, legacy && before !== text);
  }

  /** A document was closed: the file on disk (if any) is the source again. */
  async closeDocument(uri: string): Promise<void> {
    const key = this.keyOf(uri);
    const had = this.open.delete(key);
    this.indexedOpen.delete(key);
    if (!had || !this.known.has(key)) return;
    await this.reloadFromDisk(key);
  }

  /** Watched-file events from the client. */
  async filesChanged(changes: readonly { uri: string; deleted: boolean }[]): Promise<void> {
    let legacy = false;
    for (const c of changes) {
      const key = this.keyOf(c.uri);
      if (!isWorkspaceSource(key)) continue;
      if (c.deleted) {
        if (this.open.has(key)) continue;
        legacy = this.forget(key) || legacy;
      } else if (!this.open.has(key)) {
        if (await this.inScopeOf(key)) legacy = (await this.reloadFromDisk(key)) || legacy;
      }
    }
    this.changed(false, legacy);
  }

  private learnCatalogOnly(key: string, text: string): void {
    try {
      this.catalog.setFile(key, text);
    } catch (e) {
      this.events.error(`Partition Lens: reading DDL from ${key} failed: ${errorText(e)}`);
    }
  }

  private async inScopeOf(key: string): Promise<boolean> {
    const loc = this.locate(key);
    if (!loc) return true;
    return inScope(loc.relative, await this.settingsFor(loc.folder.uri));
  }

  /** Re-reads a file from disk; true when a host without a per-folder index learned or forgot it. */
  private async reloadFromDisk(key: string): Promise<boolean> {
    const text = await readSmallFile(key);
    if (text === undefined || sourceTooLarge(key, text)) return this.forget(key);
    const learned = this.learn(this.catalog, key, text);
    this.known.add(key);
    this.changed(false);
    return learned.legacy;
  }

  private forget(key: string): boolean {
    const indexes = this.indexesFor(key);
    const legacy = indexes.claimedByLegacy(key);
    // Dependents are asked before the file is forgotten: afterwards the index no longer knows them.
    const dependents = indexes.dependentsOf(key);
    try {
      this.catalog.removeFile(key);
    } catch (e) {
      this.events.error(`Partition Lens: forgetting ${key} failed: ${errorText(e)}`);
    }
    for (const p of indexes.removeFile(key)) this.events.indexProblem(key, p);
    if (dependents.length > 0) this.events.dependentsChanged(key, dependents);
    this.known.delete(key);
    this.changed(false);
    return legacy;
  }

  /**
   * Records a catalog update; tells listeners when the tables really changed (or always, when
   * `force`: a scan finished, or files that host modules index changed).
   */
  private changed(force: boolean, hostIndexChanged = false): void {
    this.generation++;
    this.snapshotCache = undefined;
    const fp = fingerprintOf(this.snapshot().tables());
    const tablesChanged = fp !== this.fingerprint;
    if (tablesChanged) {
      // Merged views (and the per-document statement memos keyed on them) stay valid as long as
      // the tables are the same, so editing a file that merely mentions CREATE costs nothing.
      this.fingerprint = fp;
      this.tablesGeneration++;
      this.mergedCache.clear();
    }
    if (force || hostIndexChanged || tablesChanged) this.events.catalogChanged();
  }

  /** The catalog learned from workspace files only. */
  snapshot(): CatalogSnapshot {
    if (!this.snapshotCache || this.snapshotCache.generation !== this.generation) {
      let snapshot: CatalogSnapshot;
      try {
        snapshot = this.catalog.snapshot();
      } catch (e) {
        this.events.error(`Partition Lens: building the catalog failed: ${errorText(e)}`);
        snapshot = CatalogSnapshot.empty;
      }
      this.snapshotCache = { generation: this.generation, snapshot };
    }
    return this.snapshotCache.snapshot;
  }

  private liveFingerprint = '';

  /** Sets or clears (`connectionId: null`) the live catalog; false when nothing changed. */
  setLiveCatalog(params: LiveCatalogParams): boolean {
    const fp = params.connectionId === null ? '' : fingerprintOf(params);
    if (fp === this.liveFingerprint) return false;
    this.liveFingerprint = fp;
    this.liveGeneration++;
    if (params.connectionId === null || !Array.isArray(params.tables)) {
      this.live = undefined;
    } else {
      const searchPath = Array.isArray(params.searchPath) && params.searchPath.length > 0 ? params.searchPath : ['public'];
      this.live = {
        snapshot: new CatalogSnapshot(
          params.tables,
          searchPath,
          typeof params.serverVersionNum === 'number' && params.serverVersionNum > 0 ? params.serverVersionNum : undefined,
        ),
        label: params.label ?? params.connectionId,
        searchPath,
      };
    }
    this.mergedCache.clear();
    return true;
  }

  private readonly reportedSettingErrors = new Set<string>();

  /** Each distinct problem in `partitionLens.tables` is reported once. */
  private reportSettingError(message: string): void {
    if (this.reportedSettingErrors.has(message)) return;
    this.reportedSettingErrors.add(message);
    this.events.settingProblem(message);
  }

  liveLabel(): string | undefined {
    return this.live?.label;
  }

  /** The catalog a document is checked against: live over settings over workspace DDL. */
  catalogFor(settings: ResourceSettings): CatalogView {
    let tablesKey = '';
    try {
      tablesKey = settings.tables === undefined ? '' : JSON.stringify(settings.tables);
    } catch {
      tablesKey = '';
    }
    const key = `${this.tablesGeneration}\u0000${this.liveGeneration}\u0000${tablesKey}`;
    const cached = this.mergedCache.get(tablesKey);
    if (cached && cached.key === key) return cached.view;
    let view: CatalogSnapshot = this.snapshot();
    const declared = tablesFromSetting(settings.tables);
    for (const e of declared.errors) this.reportSettingError(e);
    if (declared.tables.length > 0) {
      // A declared table without partitions takes the partitions the files know for it.
      const base = view;
      const filled = declared.tables.map((t) => (t.partitions.length > 0 ? t : { ...t, partitions: base.lookup(t.schema, t.name)?.partitions ?? [] }));
      view = view.overlay(new CatalogSnapshot(filled));
    }
    if (this.live) {
      // The live database's search_path decides unqualified names while connected.
      view = new CatalogSnapshot(view.tables(), this.live.searchPath).overlay(this.live.snapshot);
    }
    this.mergedCache.set(tablesKey, { key, view });
    return view;
  }
}

/** A cheap identity for catalog content, to skip work when nothing changed. */
function fingerprintOf(value: readonly PartitionedTable[] | LiveCatalogParams): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(Math.random());
  }
}

async function readSmallFile(file: string): Promise<string | undefined> {
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    return await fs.promises.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
