/**
 * Output formats of `partition-lens check`. The JSON shape is a contract (see README):
 * `{"version":1,"tables":[…],"diagnostics":[…]}` with 1-based lines and columns, columns in
 * UTF-16 code units, end columns exclusive (like SARIF's).
 */
import type { RuleId, Severity } from '../engine/finding';
import { RULES } from '../engine/rules/index';
import { escapeFileName } from './files';
import { sarifArtifact, sarifLog } from './sarif';

export interface CheckedTable {
  readonly name: string;
  readonly strategy: string;
  readonly key: readonly string[];
  readonly source: string | null;
}

export interface CheckedDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: RuleId;
  readonly table: string;
  readonly message: string;
  /** Other places that explain the finding (where the query was built or refined). */
  readonly related?: readonly CheckedRelated[];
}

/** A related location: 1-based, end column exclusive, like the diagnostic's own position. */
export interface CheckedRelated {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface CheckReport {
  readonly tables: readonly CheckedTable[];
  readonly diagnostics: readonly CheckedDiagnostic[];
  /** Number of files checked for queries (for the text summary). */
  readonly filesChecked: number;
  /** Files that could not be (fully) analysed, with the reason; their findings may be missing. */
  readonly notAnalysed?: readonly { readonly file: string; readonly reason: string }[];
}

export function formatJson(r: CheckReport): string {
  const out = {
    version: 1,
    tables: r.tables.map((t) => ({ name: t.name, strategy: t.strategy, key: [...t.key], source: t.source })),
    diagnostics: r.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      code: d.code,
      table: d.table,
      message: d.message,
      // Additive fields: present only when there is something to say, so older output is unchanged.
      ...(d.related && d.related.length > 0 ? { related: d.related.map((x) => ({ ...x })) } : {}),
    })),
    ...(r.notAnalysed && r.notAnalysed.length > 0 ? { notAnalysed: r.notAnalysed.map((n) => ({ file: n.file, reason: n.reason })) } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A file name with control characters escaped, so that it cannot rewrite the terminal. */
export function printableName(file: string): string {
  return escapeFileName(file);
}

export function formatText(r: CheckReport): string {
  const lines: string[] = [];
  for (const d of r.diagnostics) {
    lines.push(`${printableName(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`);
    for (const x of d.related ?? []) lines.push(`    related: ${printableName(x.file)}:${x.line}:${x.column}: ${x.message}`);
  }
  const counts = new Map<Severity, number>();
  for (const d of r.diagnostics) counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
  const files = new Set(r.diagnostics.map((d) => d.file)).size;
  const skipped = r.notAnalysed?.length ?? 0;
  const scope = `${plural(r.filesChecked, 'file')} checked, ${plural(r.tables.length, 'partitioned table')} known${skipped > 0 ? `, ${plural(skipped, 'file')} not analysed` : ''}`;
  if (r.diagnostics.length === 0) {
    lines.push(`No findings (${scope}).`);
  } else {
    const bySeverity = (['error', 'warning', 'information', 'hint'] as const)
      .filter((s) => counts.has(s))
      .map((s) => (s === 'information' ? `${counts.get(s)!} information` : plural(counts.get(s)!, s)))
      .join(', ');
    lines.push('', `${plural(r.diagnostics.length, 'finding')} (${bySeverity}) in ${plural(files, 'file')} (${scope}).`);
  }
  return `${lines.join('\n')}\n`;
}

/** How to fix each rule's findings, for SARIF `help` (the rule modules own id, title and description). */
const HELP: Readonly<Record<string, string>> = {
  'partition-key-missing':
    'PostgreSQL can skip partitions only when the WHERE clause (or a join with a constant) constrains the partition key. ' +
    'Add a condition on the key, for example `created_at >= $1 AND created_at < $2` for a RANGE table, or suppress with ' +
    '`-- partition-lens-disable-next-line partition-key-missing` when a full scan is intended.',
  'partition-key-not-prunable':
    'Functions or casts around the key column, OR branches that do not all constrain the key, non-equality on a HASH key, ' +
    'or conditions on a later column of a multi-column RANGE key defeat partition pruning. Compare the bare key column with ' +
    "a constant, a parameter or a stable expression instead (for example `created_at >= date_trunc('month', now())` rather than " +
    "`date_trunc('month', created_at) = …`).",
  'partition-key-runtime-only':
    "The key is compared only with another table's column or a subquery's result. PostgreSQL prunes such a scan only at " +
    'execution, when it picks a parameterized nested loop (or runs the InitPlan first); run Explain Pruning on a connected ' +
    'database to see the plan, or add a condition on the key with a constant or parameter to prune when planning.',
};

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function formatSarif(r: CheckReport, toolVersion: string): string {
  const ruleIndex = new Map(RULES.map((x, i) => [x.meta.id, i]));
  return sarifLog({
    tool: {
      driver: {
        name: 'partition-lens',
        version: toolVersion,
        informationUri: 'https://www.postgresql.org/docs/current/ddl-partitioning.html#DDL-PARTITION-PRUNING',
        rules: RULES.map(({ meta }) => {
          const help = `${meta.description} ${HELP[meta.id] ?? ''}`.trim();
          return {
            id: meta.id,
            name: meta.id,
            shortDescription: { text: meta.title },
            fullDescription: { text: meta.description },
            help: { text: help, markdown: help },
            defaultConfiguration: { level: SARIF_LEVEL[meta.defaultSeverity] },
            properties: { docs: meta.docs },
          };
        }),
      },
    },
    columnKind: 'utf16CodeUnits',
    results: r.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code) ?? -1,
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: sarifArtifact(d.file),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      ...(d.related && d.related.length > 0
        ? {
            relatedLocations: d.related.map((x, id) => ({
              id,
              physicalLocation: {
                artifactLocation: sarifArtifact(x.file),
                region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn },
              },
              message: { text: x.message },
            })),
          }
        : {}),
      properties: { table: d.table },
    })),
    ...(r.notAnalysed && r.notAnalysed.length > 0
      ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: r.notAnalysed.map((n) => ({
                level: 'warning',
                message: { text: `not analysed: ${n.reason}` },
                locations: [{ physicalLocation: { artifactLocation: sarifArtifact(n.file) } }],
              })),
            },
          ],
        }
      : {}),
  });
}
