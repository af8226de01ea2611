// A small Django application checked in memory: every file indexed, one file checked.
import { createPythonIndex, ensurePythonHostLoaded, pythonHost } from '../../server/src/engine/host/python/index';
import { WorkspaceCatalog } from '../../server/src/engine/catalog/workspace';
import type { CatalogView } from '../../server/src/engine/catalog/model';

/** The catalog of `ddl` (loads the Python host first). */
export async function djangoCatalog(ddl: string): Promise<CatalogView> {
  await ensurePythonHostLoaded();
  const wc = new WorkspaceCatalog();
  wc.setFile('/app/schema.sql', ddl, 'sql');
  return wc.snapshot();
}

/** The trimmed source line of each finding of `file` in an app made of `files` (paths under /app). */
export function findingLines(catalog: CatalogView, files: Record<string, string>, file: string): string[] {
  const index = createPythonIndex();
  for (const [f, t] of Object.entries(files)) index.indexFile(`/app/${f}`, t);
  const text = files[file]!;
  const r = pythonHost.check(text, catalog, { fileName: `/app/${file}`, index });
  return r.findings.map((f) => {
    const s = text.lastIndexOf('\n', f.start - 1) + 1;
    const e = text.indexOf('\n', f.start);
    return text.slice(s, e < 0 ? text.length : e).trim();
  });
}
