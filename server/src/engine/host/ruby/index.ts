/**
 * The Ruby host module: ActiveRecord models and query chains, and SQL written in Ruby
 * (heredocs, `execute`/`find_by_sql` strings, migration DDL), checked through the shared SQL
 * analysis. Registers itself at import time.
 */
import { checkSql } from '../../analysis/index';
import type { CatalogView } from '../../catalog/model';
import { registerChecker, type CheckOptions, type CheckResult } from '../../check';
import type { Finding } from '../../finding';
import { ensureParserLoaded, parserReady } from '../../sql/parse';
import { registerHost } from '../index';
import type { EmbeddedSql, HostModule, HostQuickFix } from '../types';
import { evaluateUnit, type EvalContext, type QuerySite } from './ar';
import { embeddedSql, pairHeredocs, type Fragment } from './embedded';
import { rubyQuickFixes } from './fixes';
import { declarationsOf, ModelIndex } from './models';
import { ensureRubyLoaded, child, constantName, namedChildren, parseRuby, rubyReady, type RNode } from './syntax';
import type { SqlText } from './sqltext';

/** Models learned from the workspace (shared by every check). */
export const rubyModels = new ModelIndex();

const DB_HINT =
  /\b[A-Z][A-Za-z0-9_]*(?:::[A-Z][A-Za-z0-9_]*)*\.(?:where|find|find_by|find_by_\w+|find_each|find_in_batches|in_batches|pluck|pick|ids|count|exists\?|update_all|delete_all|destroy_all|delete_by|destroy_by|unscoped|joins|includes|eager_load|left_joins|all|first|last|take|sum|order|limit|select|find_or_create_by|find_or_initialize_by|rewhere|none|merge|or|[a-z_]+)\b|<<[~-]?['"]?\w*SQL|\b(?:execute|exec_query|exec_update|exec_delete|select_all|select_one|select_rows|select_value|select_values|find_by_sql|count_by_sql|sanitize_sql\w*|create_table|drop_table|rename_table)\b/;

export async function ensureRubyHostLoaded(): Promise<void> {
  await Promise.all([ensureRubyLoaded(), ensureParserLoaded()]);
}

function mightContainDatabaseCode(text: string): boolean {
  return DB_HINT.test(text);
}

const MODEL_HINT = /\bclass\s+[A-Z][\w:]*\s*<|\bmodule\s+[A-Z]/;

function indexFile(fileName: string, text: string): void {
  if (!rubyReady()) return;
  if (!MODEL_HINT.test(text)) {
    rubyModels.removeFile(fileName);
    return;
  }
  try {
    const root = parseRuby(text);
    rubyModels.setFile(fileName, declarationsOf(text, fileName, root));
  } catch {
    rubyModels.removeFile(fileName);
  }
}

function tableResolver(nesting: readonly string[]): (expr: string) => string | undefined {
  return (expr) => {
    const m = /^(?:::)?([A-Z]\w*(?:::[A-Z]\w*)*)\.(?:quoted_)?table_name$/.exec(expr);
    if (!m) return undefined;
    const model = rubyModels.model(m[1]!, nesting);
    if (!model) return undefined;
    return model.table.schema ? `${model.table.schema}.${model.table.name}` : model.table.name;
  };
}

/** What a check found before the analysis: SQL fragments and ORM query sites. */
export interface RubyQueries {
  readonly fragments: readonly Fragment[];
  readonly sites: readonly QuerySite[];
}

const lastIndexed = new Map<string, string>();

/** Extracts embedded SQL and ActiveRecord queries of a file (exported for tests and the benchmark). */
export function rubyQueries(text: string, fileName?: string): RubyQueries {
  const root = parseRuby(text);
  const key = fileName ?? '\u0000unsaved.rb';
  // The open document's own models are the freshest: they replace what the index had for it.
  if (MODEL_HINT.test(text)) {
    if (lastIndexed.get(key) !== text) {
      rubyModels.setFile(key, declarationsOf(text, key, root));
      lastIndexed.set(key, text);
    }
  } else if (rubyModels.has(key) && !fileName) rubyModels.removeFile(key);
  const heredocs = pairHeredocs(root);
  const fragments = embeddedSql(text, root, { ...(fileName ? { fileName } : {}), heredocs, tableFor: tableResolver([]) });
  const sites: QuerySite[] = [];
  const consumed = new Set<RNode>();
  const makeCtx = (nesting: readonly string[]): EvalContext => ({
    src: text,
    index: rubyModels,
    nesting,
    heredocs,
    consumed,
    sites,
    depth: 0,
    tableFor: tableResolver(nesting),
  });
  forEachUnit(text, root, [], (nodes, nesting, role) => evaluateUnit(makeCtx(nesting), nodes, role));
  return { fragments, sites };
}

/**
 * Splits a file into evaluation units: every method body, and every other statement of a
 * class/module body or of the top level. Local variables are tracked within a unit.
 */
function forEachUnit(src: string, n: RNode, nesting: readonly string[], fn: (nodes: RNode[], nesting: readonly string[], role: 'statement' | 'return') => void): void {
  for (const c of n.children) {
    switch (c.type) {
      case 'class':
      case 'module': {
        const own = constantName(src, child(c, 'name'));
        const parent = nesting[nesting.length - 1];
        const full = own ? (parent ? `${parent}::${own}` : own) : undefined;
        const body = child(c, 'body');
        if (body) forEachUnit(src, body, full ? [...nesting, full] : nesting, fn);
        break;
      }
      case 'singleton_class': {
        const body = child(c, 'body');
        if (body) forEachUnit(src, body, nesting, fn);
        break;
      }
      case 'body_statement':
        forEachUnit(src, c, nesting, fn);
        break;
      case 'method':
      case 'singleton_method': {
        const body = child(c, 'body');
        if (!body) break;
        if (body.type === 'body_statement') fn(namedChildren(body), nesting, 'return');
        else fn([body], nesting, 'return');
        // Methods defined inside method bodies are rare; blocks with defs are handled as statements.
        break;
      }
      case 'comment':
      case 'heredoc_body':
        break;
      default:
        if (c.named) fn([c], nesting, 'statement');
    }
  }
}

// Analysis results per synthesized SQL text, per catalog: most queries do not change between keystrokes.
const memo = new WeakMap<CatalogView, Map<string, CheckResult>>();

function analyse(sql: string, catalog: CatalogView, options: CheckOptions | undefined): CheckResult {
  const key = options?.disabledRules?.size ? `${[...options.disabledRules].sort().join(',')}\u0000${sql}` : sql;
  let m = memo.get(catalog);
  if (!m) {
    m = new Map();
    memo.set(catalog, m);
  }
  const hit = m.get(key);
  if (hit) return hit;
  const r = checkSql(sql, catalog, options?.disabledRules ? { disabledRules: options.disabledRules } : {});
  if (m.size > 20000) m.clear();
  m.set(key, r);
  return r;
}

function mapFinding(f: Finding, sql: SqlText): Finding {
  const start = sql.mapStart(f.start);
  const end = Math.max(start, sql.mapEnd(f.end));
  return { ...f, start, end };
}

function siteFindings(site: QuerySite, catalog: CatalogView, options: CheckOptions | undefined): Finding[] {
  let result: Finding[] | undefined;
  for (const alt of site.alternatives) {
    if (!alt.tables.some((t) => catalog.lookup(t.schema, t.name))) return [];
    const r = analyse(alt.sql.toString(), catalog, options);
    const mapped = r.findings.map((f) => mapFinding(f, alt.sql));
    if (result === undefined) result = mapped;
    else {
      // Alternatives come from conditional refinements: report only what every path has.
      const keys = new Set(mapped.map((f) => `${f.code}\u0000${f.table}`));
      result = result.filter((f) => keys.has(`${f.code}\u0000${f.table}`));
    }
    if (!result.length) return [];
  }
  return (result ?? []).map((f) => withHostFix(f, site, catalog));
}

function withHostFix(f: Finding, site: QuerySite, catalog: CatalogView): Finding {
  const table = catalog.tables().find((t) => f.table === `${t.schema}.${t.name}` || f.table.endsWith(`.${t.name}`));
  const keyColumns = f.fix?.keyColumns ?? table?.key.map((k) => (k.kind === 'column' ? k.column : k.text)) ?? [];
  const strategy = f.fix?.strategy ?? table?.strategy ?? 'range';
  // Only a finding on the model of the chain can be fixed by appending `.where(...)` to it.
  const onRoot = f.start === site.root.start && f.end === site.root.end;
  const host: Record<string, string | number> = { kind: 'orm', model: site.model };
  if (onRoot) host.insertAt = site.fixAt;
  return { ...f, fix: { strategy, keyColumns, language: 'ruby', host } };
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

function check(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string }): CheckResult {
  if (!rubyReady() || !parserReady() || catalog.tables().length === 0 || !mightContainDatabaseCode(text)) return { findings: [], parseErrors: [] };
  let found: RubyQueries;
  try {
    found = rubyQueries(text, options?.fileName);
  } catch {
    // Never let one odd file break the editor.
    return { findings: [], parseErrors: [] };
  }
  const findings: Finding[] = [];
  const parseErrors: { offset: number; message: string }[] = [];
  for (const frag of found.fragments) {
    const r = analyse(frag.sql.toString(), catalog, options);
    for (const f of r.findings) {
      const m = mapFinding(f, frag.sql);
      const insertAt = f.fix?.insertAt ? { offset: frag.sql.mapEnd(f.fix.insertAt.offset), mode: f.fix.insertAt.mode } : undefined;
      findings.push({ ...m, fix: f.fix ? { ...f.fix, language: 'sql', ...(insertAt ? { insertAt } : {}) } : f.fix });
    }
    if (frag.reportErrors && !frag.ddl) for (const e of r.parseErrors) parseErrors.push({ offset: frag.sql.mapStart(e.offset), message: e.message });
  }
  for (const site of found.sites) findings.push(...siteFindings(site, catalog, options));
  return { findings: dedupe(findings).sort((a, b) => a.start - b.start || a.end - b.end), parseErrors };
}

function sqlFragments(text: string, fileName?: string): readonly EmbeddedSql[] {
  if (!rubyReady() || !mightContainDatabaseCode(text)) return [];
  try {
    const root = parseRuby(text);
    const heredocs = pairHeredocs(root);
    return embeddedSql(text, root, { ...(fileName ? { fileName } : {}), heredocs, tableFor: tableResolver([]) }).map((f) => ({
      text: f.sql.toString(),
      mapOffset: (o: number) => f.sql.mapStart(o),
      ddl: f.ddl,
    }));
  } catch {
    return [];
  }
}

export const rubyHost: HostModule = {
  language: 'ruby',
  mightContainDatabaseCode,
  sqlFragments,
  indexFile,
  removeFile: (fileName) => {
    lastIndexed.delete(fileName);
    rubyModels.removeFile(fileName);
  },
  // Models live in `app/models` (also in engines and packs); other Ruby files are only checked.
  claimsFile: (fileName) => /(^|[\\/])models[\\/](.+[\\/])?[^\\/]+\.rb$/i.test(fileName),
  check,
  quickFixes: (text: string, finding: Finding): readonly HostQuickFix[] => rubyQuickFixes(text, finding),
};

registerHost(rubyHost);
registerChecker('ruby', (text, catalog, options) => check(text, catalog, options));
