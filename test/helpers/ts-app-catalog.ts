/** The TypeScript host and the catalog of the ts-app fixture's schema, for tests on small virtual workspaces. */
import fs from 'node:fs';
import path from 'node:path';
import { before } from 'node:test';
import type { CatalogSnapshot } from '../../server/src/engine/catalog/model';
import { LineIndex } from '../../server/src/engine/finding';
import { WorkspaceCatalog } from '../../server/src/engine/catalog/workspace';
import { hostFor } from '../../server/src/engine/host/index';
import type { HostModule } from '../../server/src/engine/host/types';
import { loadEngine } from '../../server/src/engine/index';

/** Loads the engine, then returns the TypeScript host and the catalog test/fixtures/ts-app/db/structure.sql declares. */
export async function loadTsAppCatalog(): Promise<{ host: HostModule; catalog: CatalogSnapshot }> {
  await loadEngine();
  const structure = path.join(import.meta.dirname, '..', 'fixtures', 'ts-app', 'db', 'structure.sql');
  const ws = new WorkspaceCatalog();
  ws.setFile(structure, fs.readFileSync(structure, 'utf8'), 'sql');
  return { host: hostFor('typescript')!, catalog: ws.snapshot() };
}

/** Indexes `files` (names under `root`), checks `target`, and returns each finding as `line: source text of that line`. */
export function findingLines(host: HostModule, catalog: CatalogSnapshot, root: string, files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [name, text] of Object.entries(files)) index.indexFile(path.join(root, name), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(root, target), index }).findings.map((f) => {
    const line = text.slice(0, f.start).split('\n').length;
    return `${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
}

/** Indexes `files` (paths relative to `root`) and returns the 1-based lines of `target` with a finding. */
export function linesReportedIn(host: HostModule, catalog: CatalogSnapshot, root: string, files: Record<string, string>, target: string): number[] {
  const index = host.createIndex!();
  for (const [rel, text] of Object.entries(files)) index.indexFile(path.join(root, rel), text);
  const text = files[target]!;
  const li = new LineIndex(text);
  const found = host.check(text, catalog, { fileName: path.join(root, target), index }).findings;
  return [...new Set(found.map((f) => li.position(f.start).line + 1))].sort((a, b) => a - b);
}

/** The 1-based line of the first line of `text` containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`marker ${marker} not found`);
  return i + 1;
}

/** What a suite on virtual workspaces under one root checks with (see `tsAppSuite`). */
export interface TsAppSuite {
  /** `findingLines` of `target` in a workspace of `files`. */
  findings(files: Record<string, string>, target: string): string[];
  /** `linesReportedIn` of `target` in a workspace of `files`. */
  linesReported(files: Record<string, string>, target: string): number[];
}

/** Loads the host and the ts-app catalog before the calling suite's tests, which then check workspaces under `root`. */
export function tsAppSuite(root: string): TsAppSuite {
  let loaded: { host: HostModule; catalog: CatalogSnapshot } | undefined;
  before(async () => {
    loaded = await loadTsAppCatalog();
  });
  const ready = (): { host: HostModule; catalog: CatalogSnapshot } => {
    if (!loaded) throw new Error('tsAppSuite: a check ran before the suite loaded the host');
    return loaded;
  };
  return {
    findings: (files, target) => findingLines(ready().host, ready().catalog, root, files, target),
    linesReported: (files, target) => linesReportedIn(ready().host, ready().catalog, root, files, target),
  };
}

/** A TypeORM entity stored in the partitioned `leads` table (the ts-app schema), under other names than the table's. */
export const PROSPECT_ENTITY = `import { Column, Entity, PrimaryColumn } from 'typeorm';
@Entity('leads')
export class Prospect {
  @PrimaryColumn('bigint') id: string;
  @Column('bigint', { name: 'user_id' }) ownerId: string;
  @Column('timestamp with time zone', { name: 'created_at' }) createdAt: Date;
}
`;
