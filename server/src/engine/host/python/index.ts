/**
 * The Python host module: Django and SQLAlchemy models and queries, and SQL embedded in
 * strings, checked through the shared SQL analysis. Registers itself at import time.
 */
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
import { PythonChecker } from './incremental';
import { collectDeclarations, importsOf, ModelIndex } from './models';
import { sqlalchemyQueries } from './sqlalchemy';
import type { SynthQuery } from './synth';

/** Models learned from the workspace (shared by every check). */
export const pythonModels = new ModelIndex();

const DB_HINT = /\.objects\b|\bsession\b|\bexecute(?:many)?\s*\(|\bexec_driver_sql\b|\btext\s*\(|\bRawSQL\b|\bRunSQL\b|\.raw\s*\(|\bselect\s*\(|\bupdate\s*\(|\bdelete\s*\(|\.query\b|__tablename__|\bmodels\.|\bColumn\s*\(|mapped_column|\bTable\s*\(|\bManager\b/;

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

const checker = new PythonChecker(pythonModels);

let relevant: { catalog: CatalogView; version: number; tables: RegExp | undefined; models: RegExp | undefined } | undefined;

function wordsRegExp(words: string[], flags: string): RegExp | undefined {
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\w$])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w$])`, flags);
}

/**
 * Names whose presence makes a file worth checking: partitioned table names (lower case) and
 * the names of models or `Table` variables mapped to them. Cached per catalog and index version.
 */
function relevantNames(catalog: CatalogView): { tables: RegExp | undefined; models: RegExp | undefined } {
  if (relevant && relevant.catalog === catalog && relevant.version === pythonModels.version) return relevant;
  const tables = [...new Set(catalog.tables().map((t) => t.name.toLowerCase()))];
  const models = new Set<string>();
  for (const [name, decls] of pythonModels.classNames()) {
    for (const d of decls) {
      try {
        const m = pythonModels.model(name, d.file);
        if (m && catalog.lookup(m.schema, m.table)) models.add(name);
      } catch {
        // One odd class must not switch off checking for everything else.
      }
    }
  }
  for (const [name, decls] of pythonModels.tableVariables()) if (decls.some((d) => catalog.lookup(d.schema, d.table))) models.add(name);
  relevant = { catalog, version: pythonModels.version, tables: wordsRegExp(tables, 'i'), models: wordsRegExp([...models], '') };
  return relevant;
}

function check(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string }): CheckResult {
  if (!pythonReady() || !parserReady() || !mightContainDatabaseCode(text) || catalog.tables().length === 0) return { findings: [], parseErrors: [] };
  // Neither a partitioned table nor a model mapped to one is named: nothing to report. (Models
  // declared in this file are in the index already: `indexFile` runs on every change.)
  const names = relevantNames(catalog);
  if (!names.models?.test(text) && !names.tables?.test(text)) return { findings: [], parseErrors: [] };
  // An exception is not swallowed here: the engine's `checkFile` turns it into `internalError`,
  // which is logged, so a bug shows up instead of silently hiding every finding.
  return checker.check(text, catalog, options, MODEL_HINT.test(text) && MODEL_BODY_HINT.test(text));
}

export const pythonHost: HostModule = {
  language: 'python',
  mightContainDatabaseCode,
  sqlFragments,
  indexFile,
  removeFile: (fileName) => {
    pythonModels.removeFile(fileName);
    checker.forget(fileName);
  },
  claimsFile: (fileName) => /\.py$/i.test(fileName),
  check,
  quickFixes: (text: string, finding: Finding): readonly HostQuickFix[] => pythonQuickFixes(text, finding),
};

registerHost(pythonHost);
