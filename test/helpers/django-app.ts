// A small Django or SQLAlchemy application checked in memory: every file indexed, one file checked.
import { before } from 'node:test';
import { createPythonIndex, ensurePythonHostLoaded, pythonHost } from '../../server/src/engine/host/python/index';
import { WorkspaceCatalog } from '../../server/src/engine/catalog/workspace';
import type { CatalogView } from '../../server/src/engine/catalog/model';
import type { CheckResult } from '../../server/src/engine/check';

/** The catalog of `ddl` (loads the Python host first). */
export async function djangoCatalog(ddl: string): Promise<CatalogView> {
  await ensurePythonHostLoaded();
  const wc = new WorkspaceCatalog();
  wc.setFile('/app/schema.sql', ddl, 'sql');
  return wc.snapshot();
}

/** The check of `file` in an app made of `files` (paths under /app, every file indexed). */
export function checkApp(catalog: CatalogView, files: Record<string, string>, file: string): CheckResult {
  const index = createPythonIndex();
  for (const [f, t] of Object.entries(files)) index.indexFile(`/app/${f}`, t);
  return pythonHost.check(files[file]!, catalog, { fileName: `/app/${file}`, index });
}

/** The trimmed source line of each finding of `file` in an app made of `files` (paths under /app). */
export function findingLines(catalog: CatalogView, files: Record<string, string>, file: string): string[] {
  const text = files[file]!;
  return checkApp(catalog, files, file).findings.map((f) => {
    const s = text.lastIndexOf('\n', f.start - 1) + 1;
    const e = text.indexOf('\n', f.start);
    return text.slice(s, e < 0 ? text.length : e).trim();
  });
}

/** What a suite on apps of one schema checks with (see `pythonAppSuite`). */
export interface PythonAppSuite {
  /** The catalog of the suite's schema (once its `before` hook has run). */
  catalog(): CatalogView;
  /** `findingLines` of `file` in an app made of `files`. */
  findings(files: Record<string, string>, file: string): string[];
}

/** Loads the Python host and the catalog of `ddl` before the calling suite's tests. */
export function pythonAppSuite(ddl: string): PythonAppSuite {
  let catalog: CatalogView | undefined;
  before(async () => {
    catalog = await djangoCatalog(ddl);
  });
  const ready = (): CatalogView => {
    if (!catalog) throw new Error('pythonAppSuite: a check ran before the suite loaded the catalog');
    return catalog;
  };
  return { catalog: ready, findings: (files, file) => findingLines(ready(), files, file) };
}
