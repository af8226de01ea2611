/**
 * `partition-lens audit`: the statements the database really ran (pg_stat_statements) that
 * scan every partition, worst first, mapped back to source where comments or the workspace's
 * SQL tell where they come from. Exit codes as `check`: 0 none, 1 some statement scans every
 * partition, 2 usage, connection or set-up problem (pg_stat_statements missing).
 */
import fs from 'node:fs';
import { auditStatements, type AuditEntry, type AuditReport } from '../db/audit';
import { openDb, redactText } from '../db/connection';
import { loadCatalog } from '../db/introspect';
import { CatalogSnapshot, type PartitionedTable } from '../engine/catalog/model';
import { statementShape } from '../engine/evidence';
import { checkFile, createCatalogIndex, documentKind, hostModuleFor, loadEngine } from '../engine/index';
import { LineIndex } from '../engine/finding';
import { parseSql } from '../engine/sql/parse';
import { RunIndexes, type RunFile } from './check-run';
import { parseArgs, processIo, requireProfile, UsageError, type CliIo, type ParsedArgs } from './db-commands';
import { collectFiles, readInput, type NotAnalysed } from './files';
import { sarifArtifact, sarifLog } from './sarif';

export const AUDIT_USAGE = `Usage:
  partition-lens audit --database-url URL [--format text|json|sarif] [--min-calls N] [--workspace PATH]
Lists the statements in pg_stat_statements that scan every partition of a partitioned table,
worst (most total time) first, judged by the planner in a read-only transaction. --workspace maps
them to the SQL in your code (same statement shape: constants, select list, ORDER BY and LIMIT ignored). Nothing is reset.
Exit status: 0 none, 1 some statement scans every partition, 2 usage, connection or set-up error.`;

/** A place in the workspace whose SQL has the statement's shape. */
export interface SourceMatch {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface AuditOutput extends AuditReport {
  readonly matches: Readonly<Record<string, readonly SourceMatch[]>>;
}

function str(a: ParsedArgs, name: string): string | undefined {
  const v = a.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export async function runAudit(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let secrets: (string | undefined)[] = [];
  try {
    const a = parseArgs(argv);
    secrets = [str(a, 'database-url'), io.env.DATABASE_URL, io.env.PGPASSWORD];
    if (a.flags.has('help')) {
      io.out(`${AUDIT_USAGE}\n`);
      return 0;
    }
    if (a.positional.length) throw new UsageError(`Unexpected argument "${a.positional[0]}".`);
    const format = str(a, 'format') ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif.');
    const minCallsText = str(a, 'min-calls') ?? '1';
    if (!/^\d+$/.test(minCallsText)) throw new UsageError('--min-calls must be a whole number.');
    const workspace = str(a, 'workspace');
    if (workspace !== undefined && !fs.existsSync(workspace)) throw new UsageError(`--workspace: no such file or directory: ${workspace}`);
    const profile = requireProfile(a, io);
    const db = openDb(profile, undefined, { max: 2, logger: { sql: () => undefined, info: (m) => io.err(`${m}\n`) } });
    let report: AuditReport;
    let liveTables: PartitionedTable[] = [];
    try {
      let last = 0;
      report = await auditStatements(db, {
        minCalls: Number(minCallsText),
        concurrency: 2,
        progress: (done, total) => {
          if (total >= 50 && Date.now() - last > 2000) {
            last = Date.now();
            io.err(`planned ${done} of ${total} statements…\n`);
          }
        },
      });
      if (workspace !== undefined && report.available && report.unpruned.length) liveTables = (await loadCatalog(db)).tables;
    } finally {
      await db.end();
    }
    if (!report.available) {
      io.err(`partition-lens: ${report.unavailableReason}\n`);
      return 2;
    }
    const matches = workspace ? await matchWorkspace(report.unpruned, workspace, liveTables) : {};
    const out: AuditOutput = { ...report, matches };
    io.out(format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : format === 'sarif' ? formatAuditSarif(out) : formatAuditText(out));
    return report.unpruned.length ? 1 : 0;
  } catch (e) {
    const msg = redactText(e instanceof Error ? e.message : String(e), secrets);
    io.err(`partition-lens: ${msg}\n`);
    return 2;
  }
}

/**
 * Where the workspace builds the audited statements: the static check runs over the workspace
 * (with the database's partitioned tables added to its own DDL), and every finding whose judged
 * statement — SQL from a file, or SQL synthesized from ORM code — has an audited statement's
 * shape is a match; so is any statement of a SQL file or SQL string in host code with that shape.
 */
export async function matchWorkspace(entries: readonly AuditEntry[], root: string, liveTables: readonly PartitionedTable[] = []): Promise<Record<string, SourceMatch[]>> {
  const wanted = new Map<string, string[]>();
  for (const e of entries) if (e.shape) wanted.set(e.shape, [...(wanted.get(e.shape) ?? []), e.queryid]);
  const out: Record<string, SourceMatch[]> = {};
  if (!wanted.size) return out;
  await loadEngine();
  const files: { file: RunFile; text: string }[] = [];
  const catalog = createCatalogIndex();
  const indexes = new RunIndexes(1);
  const ignored: NotAnalysed[] = [];
  for (const f of collectFiles([root])) {
    const r = readInput(f);
    if ('reason' in r) continue;
    const file: RunFile = { ...f, root: 0 };
    files.push({ file, text: r.text });
    catalog.setFile(f.display, r.text);
    if (indexes.wants(f.absolute)) indexes.indexFile(file, r.text, ignored);
  }
  const view = catalog.snapshot().overlay(new CatalogSnapshot(liveTables));
  const seen = new Set<string>();
  const add = (id: string, file: string, lines: LineIndex, offset: number): void => {
    const pos = lines.position(offset);
    const key = `${id}\u0000${file}\u0000${pos.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    (out[id] ??= []).push({ file, line: pos.line + 1, column: pos.character + 1 });
  };
  for (const { file, text } of files) {
    const kind = documentKind(file.absolute);
    if (!kind) continue;
    const lines = new LineIndex(text);
    const result = checkFile(file.absolute, text, view, undefined, file.absolute, undefined, indexes.of(0));
    for (const finding of result.findings) {
      const fp = finding.statement ? statementShape(finding.statement) : undefined;
      for (const id of (fp && wanted.get(fp)) || []) add(id, file.display, lines, finding.start);
    }
    // Every statement of a SQL file and every SQL string of host code counts, flagged or not.
    let fragments: readonly { text: string; ddl: boolean; mapOffset(o: number): number }[] = [];
    try {
      fragments = kind === 'sql' ? [{ text, ddl: false, mapOffset: (o) => o }] : (hostModuleFor(kind)?.sqlFragments(text, file.absolute) ?? []);
    } catch {
      continue;
    }
    for (const frag of fragments) {
      if (frag.ddl) continue;
      for (const st of parseSql(frag.text).statements) {
        const fp = statementShape(st.sql);
        for (const id of (fp && wanted.get(fp)) || []) add(id, file.display, lines, frag.mapOffset(st.start));
      }
    }
  }
  for (const list of Object.values(out)) list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return out;
}

function oneLine(sql: string, max = 160): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

const num = (n: number, d = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

export function formatAuditText(r: AuditOutput): string {
  const lines = [
    `pg_stat_statements: ${num(r.statementsRead)} statements read, ${num(r.statementsOnPartitioned)} on partitioned tables, ${num(r.unpruned.length)} scan every partition`,
  ];
  r.unpruned.forEach((e, i) => {
    lines.push('');
    lines.push(`${i + 1}. ${num(e.calls)} calls · ${num(e.totalMs, 1)} ms total · ${num(e.meanMs, 2)} ms mean · ${num(e.rows)} rows`);
    for (const t of e.tables) lines.push(`   scans ${t.leavesScanned} of ${t.leavesTotal} partitions of ${t.table} (${bytes(t.sizeBytes)})`);
    lines.push(`   ${oneLine(e.query)}`);
    if (e.method === 'custom+generic') lines.push(`   with ${e.values.join(', ')} (custom and generic plans)`);
    if (e.source) {
      const where = e.source.file ? `${e.source.file}${e.source.line ? `:${e.source.line}` : ''}` : '';
      const ctx = [e.source.controller && `controller ${e.source.controller}`, e.source.action && `action ${e.source.action}`, e.source.route && `route ${e.source.route}`].filter(Boolean).join(', ');
      lines.push(`   source: ${[where, ctx && `(${ctx})`].filter(Boolean).join(' ')}`);
    }
    for (const m of r.matches[e.queryid] ?? []) lines.push(`   in code: ${m.file}:${m.line}:${m.column}`);
  });
  if (r.notPlanned.length) lines.push('', `${r.notPlanned.length} statement(s) could not be planned (e.g. they name a table that no longer exists).`);
  return `${lines.join('\n')}\n`;
}

export function formatAuditSarif(r: AuditOutput): string {
  const results = r.unpruned.map((e) => {
    const locs = [
      ...(r.matches[e.queryid] ?? []).map((m) => ({ uri: m.file, line: m.line, column: m.column })),
      ...(e.source?.file ? [{ uri: e.source.file.replace(/^\//, ''), line: e.source.line ?? 1, column: 1 }] : []),
    ];
    return {
      ruleId: 'scans-every-partition',
      level: 'warning',
      message: {
        text: `${e.tables.map((t) => `scans all ${t.leavesTotal} partitions of ${t.table}`).join('; ')}: ${num(e.calls)} calls, ${num(e.totalMs, 1)} ms total. ${oneLine(e.query, 300)}`,
      },
      locations: locs.map((l) => ({ physicalLocation: { artifactLocation: sarifArtifact(l.uri), region: { startLine: l.line, startColumn: l.column } } })),
      properties: { queryid: e.queryid, calls: e.calls, totalMs: e.totalMs, meanMs: e.meanMs, rows: e.rows },
    };
  });
  return sarifLog({
    tool: {
      driver: {
        name: 'partition-lens audit',
        rules: [{ id: 'scans-every-partition', shortDescription: { text: 'A statement the database ran scans every partition of a partitioned table.' } }],
      },
    },
    results,
  });
}
