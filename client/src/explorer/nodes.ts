/**
 * The partition explorer's nodes and how each is presented (label, description, tooltip text,
 * context value, icon) — vscode-free so tests check them directly. `provider.ts` turns a
 * `NodeView` into one `TreeItem` class per node kind.
 *
 * Ids are stable (`conn:<id>/s:<schema>/t:<table>/p:<partition>`) so the E2E suite and VS Code's
 * expansion state can rely on them.
 */
import { displayIdent, displayName, keyText, type Strategy } from '../../../server/src/engine/catalog/model';
import { formatBytes, type LargeTable, type PartitionInfo, type TableSummary } from '../../../server/src/db/introspect';
import { compactNumber, type HealthIssue } from '../../../server/src/db/health';
import type { ConnectionEntry } from '../connections/manager';
import { describePartman, type PartmanConfig } from '../../../server/src/db/partman';
import type { AuditEntry } from '../../../server/src/db/audit';

export type ExplorerNode =
  | { readonly kind: 'connection'; readonly id: string; readonly connectionId: string }
  | { readonly kind: 'schema'; readonly id: string; readonly connectionId: string; readonly schema: string }
  | {
      readonly kind: 'table';
      readonly id: string;
      readonly connectionId: string;
      readonly table: TableSummary;
      readonly health: readonly HealthIssue[];
      /** Set when pg_partman manages the table. */
      readonly partman?: PartmanConfig;
    }
  | {
      readonly kind: 'partition';
      readonly id: string;
      readonly connectionId: string;
      /** The top-level partitioned table. */
      readonly table: { readonly oid: number; readonly schema: string; readonly name: string; readonly strategy: Strategy };
      readonly parentOid: number;
      readonly partition: PartitionInfo;
      readonly health: readonly HealthIssue[];
    }
  | { readonly kind: 'health'; readonly id: string; readonly connectionId: string; readonly issue: HealthIssue }
  /** "Queries scanning every partition" of a table: the pruning audit's statements. */
  | { readonly kind: 'audit'; readonly id: string; readonly connectionId: string; readonly table: { readonly schema: string; readonly name: string } }
  | { readonly kind: 'auditEntry'; readonly id: string; readonly connectionId: string; readonly entry: AuditEntry; readonly leaves: string }
  | { readonly kind: 'largeTable'; readonly id: string; readonly connectionId: string; readonly table: LargeTable; readonly issue?: HealthIssue }
  | {
      readonly kind: 'loadMore';
      readonly id: string;
      readonly connectionId: string;
      readonly parentOid: number;
      readonly loaded: number;
      readonly total: number;
      /** Id of the node whose children this extends (fired on load). */
      readonly parentId: string;
    }
  | { readonly kind: 'empty'; readonly id: string; readonly message: string; readonly connectionId?: string }
  | { readonly kind: 'error'; readonly id: string; readonly message: string; readonly connectionId?: string; readonly reconnect: boolean; readonly retryId?: string };

export type NodeKind = ExplorerNode['kind'];

export interface NodeView {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** Markdown. */
  readonly tooltip?: string;
  readonly contextValue: string;
  /** Codicon id and optional theme colour id. */
  readonly icon?: { readonly id: string; readonly color?: string };
  readonly collapsible: 'none' | 'collapsed' | 'expanded';
  /** Command run on click, with the node as argument. */
  readonly command?: { readonly command: string; readonly title: string };
}

// Ids ------------------------------------------------------------------------------------------

const enc = (s: string): string => encodeURIComponent(s);
export const connectionNodeId = (connectionId: string): string => `conn:${enc(connectionId)}`;
export const schemaNodeId = (connectionId: string, schema: string): string => `${connectionNodeId(connectionId)}/s:${enc(schema)}`;
export const tableNodeId = (connectionId: string, schema: string, name: string): string => `${schemaNodeId(connectionId, schema)}/t:${enc(name)}`;

// Presentation ---------------------------------------------------------------------------------

const STRATEGY_ICON: Record<Strategy, string> = { range: 'list-ordered', list: 'list-unordered', hash: 'symbol-key' };
const SEVERITY_ICON = { error: { id: 'error', color: 'errorForeground' }, warning: { id: 'warning', color: 'list.warningForeground' }, info: { id: 'info' } } as const;

/** The most severe issue's badge, e.g. `⚠ no partition for 2026-12`. */
export function healthBadge(issues: readonly HealthIssue[]): string | undefined {
  const first = issues[0];
  if (!first) return undefined;
  const mark = first.severity === 'error' ? '✖' : first.severity === 'warning' ? '⚠' : 'ℹ';
  const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
  return `${mark} ${first.short}${more}`;
}

const rowsText = (rows: number | null): string => (rows === null ? 'rows: not analysed' : `~${compactNumber(rows)} rows`);

function md(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

export function describeConnection(node: Extract<ExplorerNode, { kind: 'connection' }>, entry: ConnectionEntry | undefined, active: boolean): NodeView {
  const state = entry?.state ?? 'error';
  const name = entry?.profile.name ?? node.connectionId;
  const label = entry?.label ?? '';
  const descr: Record<string, string> = {
    connected: active ? `${label} · active` : label,
    connecting: `${label} · connecting…`,
    disconnected: `${label} · not connected`,
    error: `${label} · connection failed`,
  };
  const icon =
    state === 'connected'
      ? { id: 'database', color: active ? 'charts.green' : undefined }
      : state === 'error'
        ? { id: 'error', color: 'errorForeground' }
        : state === 'connecting'
          ? { id: 'loading~spin' }
          : { id: 'debug-disconnect' };
  const tooltip = [
    `**${md(name)}**`,
    '',
    `${md(label)}`,
    '',
    `Source: ${entry?.profile.source ?? '?'}${entry?.profile.sslmode ? ` · sslmode ${entry.profile.sslmode}` : ''}`,
    state === 'connected' && entry?.serverVersionNum ? `\n\nPostgreSQL ${serverVersionText(entry.serverVersionNum)}` : '',
    state === 'error' && entry?.error ? `\n\n$(error) ${md(entry.error)}` : '',
  ].join('\n');
  return {
    id: node.id,
    label: name,
    description: descr[state],
    tooltip,
    contextValue: `connection.${state}`,
    icon,
    collapsible: state === 'connected' || state === 'error' ? 'expanded' : 'none',
    command: state === 'disconnected' ? { command: 'partitionLens.connect', title: 'Connect' } : undefined,
  };
}

export function serverVersionText(v: number): string {
  return `${Math.floor(v / 10000)}.${v % 10000}`;
}

export function describeNode(node: Exclude<ExplorerNode, { kind: 'connection' }>): NodeView {
  switch (node.kind) {
    case 'schema':
      return {
        id: node.id,
        label: node.schema,
        contextValue: 'schema',
        icon: { id: 'symbol-namespace' },
        collapsible: 'expanded',
        tooltip: `Schema **${md(node.schema)}**`,
      };
    case 'table': {
      const t = node.table;
      const badge = healthBadge(node.health);
      const parts = `${t.partitionCount} partition${t.partitionCount === 1 ? '' : 's'}`;
      const description = [`${t.strategy.toUpperCase()} (${keyText(t.key) || t.keyDef})`, parts, node.partman ? 'pg_partman' : undefined, badge].filter(Boolean).join(' · ');
      const lines = [
        `**${md(displayName(t.schema, t.name))}** — partitioned by ${md(t.keyDef)}`,
        '',
        `| | |`,
        `|---|---|`,
        `| Partitions | ${t.partitionCount}${t.leafCount !== t.partitionCount ? ` (${t.leafCount} leaves)` : ''} |`,
        `| Default partition | ${t.hasDefault ? 'yes' : 'no'} |`,
        t.minBound !== undefined ? `| Range | ${md(t.minBound)} → ${md(t.maxBound ?? '?')} |` : '',
        `| Estimated rows | ${t.rows === null ? 'not analysed' : t.rows.toLocaleString('en-US')} |`,
        `| Size (estimated) | ${formatBytes(t.bytes)} |`,
        `| Last analyze | ${t.lastAnalyze ?? 'never'} |`,
        t.pendingDetach ? `| Pending detach | ${t.pendingDetach} |` : '',
        node.partman ? `| Managed by | ${md(describePartman(node.partman))} |` : '',
      ].filter((l) => l !== '');
      if (node.health.length) {
        lines.push('', '**Health**', '');
        for (const h of node.health) lines.push(`- ${h.severity === 'error' ? '$(error)' : h.severity === 'warning' ? '$(warning)' : '$(info)'} ${md(h.message)}`);
      }
      return {
        id: node.id,
        label: t.name,
        description,
        tooltip: lines.join('\n'),
        contextValue: `partitionedTable.${t.strategy}`,
        icon: node.health[0] ? SEVERITY_ICON[node.health[0].severity] : { id: STRATEGY_ICON[t.strategy] },
        collapsible: 'collapsed',
      };
    }
    case 'partition': {
      const p = node.partition;
      const kind = p.detachPending ? 'detachPending' : p.isDefault ? 'default' : p.subPartitioning ? 'partitioned' : 'leaf';
      const bound = p.isDefault ? 'DEFAULT' : p.boundText.replace(/^FOR VALUES /, '');
      const badge = healthBadge(node.health);
      const description = [
        bound,
        p.subPartitioning ? `${p.subPartitioning.strategy.toUpperCase()} (${keyText(p.subPartitioning.key)}) · ${p.childCount} partitions` : undefined,
        rowsText(p.rows),
        formatBytes(p.bytes),
        p.detachPending ? 'DETACH PENDING' : undefined,
        badge,
      ]
        .filter(Boolean)
        .join(' · ');
      const lines = [
        `**${md(displayName(p.schema, p.name))}**${p.isDefault ? ' (default partition)' : ''}`,
        '',
        '```sql',
        p.boundText,
        '```',
        '',
        `| | |`,
        `|---|---|`,
        `| Estimated rows | ${p.rows === null ? 'not analysed' : p.rows.toLocaleString('en-US')} |`,
        `| Size | ${formatBytes(p.bytes)} |`,
        `| Last analyze | ${p.lastAnalyze ?? 'never'} |`,
        p.subPartitioning ? `| Sub-partitioned | ${md(p.subPartitioning.keyDef)} |` : '',
        p.detachPending ? `| Detach | pending — run Detach Partition to FINALIZE |` : '',
      ].filter((l) => l !== '');
      for (const h of node.health) lines.push('', `${h.severity === 'error' ? '$(error)' : '$(warning)'} ${md(h.message)}`);
      return {
        id: node.id,
        label: p.name,
        description,
        tooltip: lines.join('\n'),
        contextValue: `partition.${kind}`,
        icon: p.detachPending
          ? { id: 'debug-pause', color: 'list.warningForeground' }
          : p.isDefault
            ? { id: 'inbox', color: node.health.length ? 'list.warningForeground' : undefined }
            : p.subPartitioning
              ? { id: 'layers' }
              : { id: 'table' },
        collapsible: p.subPartitioning ? 'collapsed' : 'none',
      };
    }
    case 'health':
      return {
        id: node.id,
        label: node.issue.short,
        description: node.issue.code,
        tooltip: md(node.issue.message),
        contextValue: `health.${node.issue.code}`,
        icon: SEVERITY_ICON[node.issue.severity],
        collapsible: 'none',
      };
    case 'audit':
      return {
        id: node.id,
        label: 'Queries scanning every partition',
        description: 'from pg_stat_statements',
        tooltip: 'Statements the database ran (pg_stat_statements) whose plan scans every partition of this table. Expanding runs the pruning audit (read-only); "Open Pruning Audit" shows the full report.',
        contextValue: 'audit',
        icon: { id: 'pulse' },
        collapsible: 'collapsed',
      };
    case 'auditEntry': {
      const e = node.entry;
      const text = e.query.replace(/\s+/g, ' ').trim();
      return {
        id: node.id,
        label: text.length > 80 ? `${text.slice(0, 79)}…` : text,
        description: `${e.calls.toLocaleString('en-US')} calls · ${e.totalMs.toFixed(1)} ms · ${node.leaves}`,
        tooltip: ['```sql', e.query, '```', '', `${e.calls.toLocaleString('en-US')} calls, ${e.totalMs.toFixed(1)} ms in total, ${e.meanMs.toFixed(2)} ms mean, ${e.rows.toLocaleString('en-US')} rows`, e.source?.file ? `\n\nSource: ${md(e.source.file)}${e.source.line ? `:${e.source.line}` : ''}` : ''].join('\n'),
        contextValue: 'auditEntry',
        icon: { id: 'warning', color: 'list.warningForeground' },
        collapsible: 'none',
        command: { command: 'partitionLens.openAuditReport', title: 'Open Pruning Audit' },
      };
    }
    case 'largeTable': {
      const t = node.table;
      return {
        id: node.id,
        label: t.name,
        description: `not partitioned · ~${compactNumber(t.rows)} rows · ${formatBytes(t.bytes)}`,
        tooltip: node.issue ? md(node.issue.message) : `${md(displayName(t.schema, t.name))}: ~${t.rows} rows`,
        contextValue: 'table.large',
        icon: { id: 'lightbulb', color: 'list.warningForeground' },
        collapsible: 'none',
      };
    }
    case 'loadMore':
      return {
        id: node.id,
        label: 'Load more…',
        description: `${node.loaded} of ${node.total} shown`,
        contextValue: 'loadMore',
        icon: { id: 'ellipsis' },
        collapsible: 'none',
        command: { command: 'partitionLens.loadMore', title: 'Load more' },
      };
    case 'empty':
      return { id: node.id, label: node.message, contextValue: 'empty', icon: { id: 'circle-slash' }, collapsible: 'none' };
    case 'error':
      return {
        id: node.id,
        label: node.message,
        description: node.reconnect ? 'Reconnect' : undefined,
        tooltip: md(node.message),
        contextValue: node.reconnect ? 'error.connection' : 'error',
        icon: { id: 'error', color: 'errorForeground' },
        collapsible: 'none',
        command: node.reconnect ? { command: 'partitionLens.reconnect', title: 'Reconnect' } : undefined,
      };
  }
}

/** The qualified display name of a table or partition node (for messages). */
export function nodeTitle(node: ExplorerNode): string {
  switch (node.kind) {
    case 'table':
      return displayName(node.table.schema, node.table.name);
    case 'partition':
      return displayName(node.partition.schema, node.partition.name);
    case 'schema':
      return displayIdent(node.schema);
    default:
      return node.id;
  }
}
