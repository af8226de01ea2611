/**
 * The Python host module: Django and SQLAlchemy models and queries, and SQL embedded in
 * strings, checked through the shared SQL analysis. Registers itself at import time.
 */
import { checkSql } from '../../analysis/index';
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions, CheckResult } from '../../check';
import type { Finding } from '../../finding';
import { ensureParserLoaded, parserReady } from '../../sql/parse';
import { registerHost } from '../index';
import type { EmbeddedSql, HostModule, HostQuickFix } from '../types';
import { ensurePythonLoaded, parsePython, pythonReady, ScopeIndex } from './ast';
import { djangoQueries } from './django';
import { pythonFragments } from './embedded';
import { pythonQuickFixes } from './fixes';
import { collectDeclarations, importsOf, ModelIndex } from './models';
import { sqlalchemyQueries } from './sqlalchemy';
import type { SynthQuery } from './synth';

/** Models learned from the workspace (shared by every check). */
export const pythonModels = new ModelIndex();

const DB_HINT = /\.objects\b|\bexecute(?:many)?\s*\(|\bexec_driver_sql\b|\btext\s*\(|\bRawSQL\b|\bRunSQL\b|\.raw\s*\(|\bselect\s*\(|\bupdate\s*\(|\bdelete\s*\(|\.query\b|__tablename__|\bmodels\.|\bColumn\s*\(|mapped_column|\bTable\s*\(|\bManager\b/;

/** Loads tree-sitter and the SQL parser; checks before that return no findings. */
export async function ensurePythonHostLoaded(): Promise<void> {
  await Promise.all([ensurePythonLoaded(), ensureParserLoaded()]);
}

function mightContainDatabaseCode(text: string): boolean {
  return DB_HINT.test(text);
}

const MODEL_HINT = /\bclass\s+\w+\s*\(/;
const MODEL_BODY_HINT = /models\.|Model\b|__tablename__|Column\s*\(|mapped_column|Mapped\[|Manager|QuerySet|\bTable\s*\(|Field\s*\(/;

function indexFile(fileName: string, text: string): void {
  if (!pythonReady()) return;
  if (!(MODEL_HINT.test(text) || /\bTable\s*\(/.test(text)) || !MODEL_BODY_HINT.test(text)) {
    pythonModels.removeFile(fileName);
    return;
  }
  const t = parsePython(text);
  const d = collectDeclarations(t, fileName);
  pythonModels.setFile(fileName, d.classes, d.tables);
}

function sqlFragments(text: string, fileName?: string): readonly EmbeddedSql[] {
  if (!pythonReady() || !mightContainDatabaseCode(text)) return [];
  try {
    const t = parsePython(text);
    return pythonFragments(t, new ScopeIndex(t), fileName);
  } catch {
    return [];
  }
}

/** Everything `check` found, before the analysis (exported for tests and the benchmark). */
export function pythonQueries(text: string, fileName?: string): { fragments: ReturnType<typeof pythonFragments>; queries: SynthQuery[] } {
  const t = parsePython(text);
  const scopes = new ScopeIndex(t);
  const file = fileName ?? '<unsaved>.py';
  // The open document's own models are the freshest: they replace what the index had for it.
  if (MODEL_HINT.test(text) && MODEL_BODY_HINT.test(text)) {
    const d = collectDeclarations(t, file);
    pythonModels.setFile(file, d.classes, d.tables);
  }
  const fragments = pythonFragments(t, scopes, fileName);
  const queries = pythonModels.withImports(importsOf(t), () => [...djangoQueries(t, pythonModels, scopes, file), ...sqlalchemyQueries(t, pythonModels, scopes, file)]);
  return { fragments, queries };
}

function check(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string }): CheckResult {
  if (!pythonReady() || !parserReady() || !mightContainDatabaseCode(text) || catalog.tables().length === 0) return { findings: [], parseErrors: [] };
  let found: ReturnType<typeof pythonQueries>;
  try {
    found = pythonQueries(text, options?.fileName);
  } catch {
    // Never let one odd file break the editor.
    return { findings: [], parseErrors: [] };
  }
  const findings: Finding[] = [];
  const parseErrors: { offset: number; message: string }[] = [];
  const sqlOptions = options?.disabledRules ? { disabledRules: options.disabledRules } : {};
  for (const f of found.fragments) {
    const r = checkSql(f.text, catalog, { ...sqlOptions, mapOffset: f.mapOffset });
    for (const x of r.findings) findings.push({ ...x, fix: x.fix ? { ...x.fix, language: 'python' } : x.fix });
    if (!f.quietErrors && !f.ddl) parseErrors.push(...r.parseErrors);
  }
  for (const q of found.queries) {
    const r = checkSql(q.sql, catalog, { ...sqlOptions, rangeOverride: q.range });
    for (const x of r.findings) findings.push(withHostFix(x, q, catalog));
  }
  return { findings: dedupe(findings), parseErrors };
}

function withHostFix(f: Finding, q: SynthQuery, catalog: CatalogView): Finding {
  const table = catalog.lookup(q.model.schema, q.model.table);
  const keyColumns = f.fix?.keyColumns ?? table?.key.map((k) => (k.kind === 'column' ? k.column : k.text)) ?? [];
  const strategy = f.fix?.strategy ?? table?.strategy ?? 'range';
  const host: Record<string, string | number> = { ...q.fix };
  const col = keyColumns[0];
  if (col !== undefined) {
    const field = [...q.model.fields.values()].find((x) => x.column === col && !x.isForeignKey);
    host.keyField = field?.attr ?? col;
  }
  // Embedded-SQL insertion points do not apply to a synthesized query.
  return { ...f, fix: { strategy, keyColumns, language: 'python', host } };
}

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.start}:${f.end}:${f.code}:${f.table}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const pythonHost: HostModule = {
  language: 'python',
  mightContainDatabaseCode,
  sqlFragments,
  indexFile,
  removeFile: (fileName) => pythonModels.removeFile(fileName),
  claimsFile: (fileName) => /\.py$/i.test(fileName),
  check,
  quickFixes: (text: string, finding: Finding): readonly HostQuickFix[] => pythonQuickFixes(text, finding),
};

registerHost(pythonHost);
