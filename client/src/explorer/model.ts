/**
 * The explorer's children logic: connection → schema → partitioned table → partitions (pages of
 * `pageSize`, then a "Load more…" node) → sub-partitions; health nodes under tables; explicit
 * empty and error nodes. vscode-free: `provider.ts` only maps nodes to TreeItems, so this class is
 * tested with a real database and a real `ConnectionManager`/`CatalogService`.
 *
 * VS Code finds a node to refresh by object identity, so every node handed out is remembered by
 * id and `node(id)` returns the latest object for `onDidChangeTreeData.fire(node)`.
 */
import type { CatalogService } from '../catalog/service';
import { tableKey } from '../catalog/service';
import { isConnectionLost, type ConnectionManager } from '../connections/manager';
import type { HealthIssue } from '../../../server/src/db/health';
import type { TableSummary } from '../../../server/src/db/introspect';
import type { PartmanConfig } from '../../../server/src/db/partman';
import { quoteIdent } from '../../../server/src/db/quote';
import { connectionNodeId, schemaNodeId, tableNodeId, type ExplorerNode } from './nodes';

export class ExplorerModel {
  private readonly nodes = new Map<string, ExplorerNode>();

  constructor(
    private readonly connections: ConnectionManager,
    private readonly catalog: CatalogService,
  ) {}

  /** The latest node object with this id (for targeted refresh). */
  node(id: string): ExplorerNode | undefined {
    return this.nodes.get(id);
  }

  private keep<T extends ExplorerNode>(n: T): T {
    this.nodes.set(n.id, n);
    return n;
  }

  async children(parent?: ExplorerNode): Promise<ExplorerNode[]> {
    try {
      return await this.childrenOf(parent);
    } catch (e) {
      const message = (e as Error).message || String(e);
      const connectionId = parent && 'connectionId' in parent ? parent.connectionId : undefined;
      if (connectionId && isConnectionLost(e)) {
        // The connection died: the connection node turns into an error with Reconnect.
        this.connections.markFailed(connectionId, message);
      }
      return [this.keep({ kind: 'error', id: `${parent?.id ?? 'root'}/error`, message, connectionId, reconnect: connectionId !== undefined && isConnectionLost(e) })];
    }
  }

  private async childrenOf(parent?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!parent) {
      const list = this.connections.list();
      // No connections: an empty root lets VS Code show the view's welcome content (Add Connection).
      if (list.length === 0) return [];
      return list.map((e) => this.keep({ kind: 'connection', id: connectionNodeId(e.profile.id), connectionId: e.profile.id }));
    }
    switch (parent.kind) {
      case 'connection':
        return this.connectionChildren(parent);
      case 'schema':
        return this.schemaChildren(parent);
      case 'table':
        return this.tableChildren(parent);
      case 'audit':
        return this.auditChildren(parent);
      case 'partition': {
        if (!parent.partition.subPartitioning) return [];
        return this.partitionPage(parent.connectionId, parent.id, parent.partition.oid, parent.table);
      }
      default:
        return [];
    }
  }

  private async connectionChildren(parent: Extract<ExplorerNode, { kind: 'connection' }>): Promise<ExplorerNode[]> {
    const entry = this.connections.get(parent.connectionId);
    const id = parent.connectionId;
    if (!entry) return [];
    if (entry.state === 'error') {
      return [this.keep({ kind: 'error', id: `${parent.id}/error`, message: entry.error ?? 'The connection failed.', connectionId: id, reconnect: true })];
    }
    if (entry.state !== 'connected') return [];
    const [tables, cat] = await Promise.all([this.catalog.tables(id), this.catalog.catalog(id)]);
    const schemas = new Set<string>();
    for (const t of tables) schemas.add(t.schema);
    for (const t of cat.largeTables) schemas.add(t.schema);
    if (schemas.size === 0) {
      return [this.keep({ kind: 'empty', id: `${parent.id}/empty`, message: 'No partitioned tables in this database', connectionId: id })];
    }
    return [...schemas].sort().map((schema) => this.keep({ kind: 'schema', id: schemaNodeId(id, schema), connectionId: id, schema }));
  }

  private async schemaChildren(parent: Extract<ExplorerNode, { kind: 'schema' }>): Promise<ExplorerNode[]> {
    const id = parent.connectionId;
    const [tables, cat] = await Promise.all([this.catalog.tables(id), this.catalog.catalog(id)]);
    const out: ExplorerNode[] = [];
    for (const t of tables.filter((x) => x.schema === parent.schema)) {
      const partman = cat.partman.get(tableKey(t.schema, t.name));
      out.push(
        this.keep({ kind: 'table', id: tableNodeId(id, t.schema, t.name), connectionId: id, table: t, health: cat.health.get(tableKey(t.schema, t.name)) ?? [], ...(partman ? { partman } : {}) }),
      );
    }
    for (const t of cat.largeTables.filter((x) => x.schema === parent.schema)) {
      const issue = cat.largeTableIssues.find((i) => i.table.schema === t.schema && i.table.name === t.name);
      out.push(this.keep({ kind: 'largeTable', id: `${parent.id}/large:${encodeURIComponent(t.name)}`, connectionId: id, table: t, issue }));
    }
    return out;
  }

  private async tableChildren(parent: Extract<ExplorerNode, { kind: 'table' }>): Promise<ExplorerNode[]> {
    const id = parent.connectionId;
    const t = parent.table;
    // Issues about one partition show on that partition; the rest get their own health node.
    const tableLevel = parent.health.filter((h) => !h.partition);
    const out: ExplorerNode[] = tableLevel.map((issue, i) =>
      this.keep({ kind: 'health', id: `${parent.id}/health:${issue.code}:${i}`, connectionId: id, issue }),
    );
    out.push(this.keep({ kind: 'audit', id: `${parent.id}/audit`, connectionId: id, table: { schema: t.schema, name: t.name } }));
    out.push(...(await this.partitionPage(id, parent.id, t.oid, { oid: t.oid, schema: t.schema, name: t.name, strategy: t.strategy }, parent.health)));
    return out;
  }

  /** The audit's statements that scan every partition of this table (runs the audit once). */
  private async auditChildren(parent: Extract<ExplorerNode, { kind: 'audit' }>): Promise<ExplorerNode[]> {
    const report = await this.catalog.audit(parent.connectionId);
    if (!report.available) {
      return [this.keep({ kind: 'empty', id: `${parent.id}/empty`, message: 'pg_stat_statements is not available (Open Pruning Audit says how to enable it)', connectionId: parent.connectionId })];
    }
    const name = `${quoteIdent(parent.table.schema)}.${quoteIdent(parent.table.name)}`;
    const entries = report.unpruned.filter((e) => e.tables.some((t) => t.table === name));
    if (!entries.length) {
      return [this.keep({ kind: 'empty', id: `${parent.id}/empty`, message: 'No statement in pg_stat_statements scans every partition', connectionId: parent.connectionId })];
    }
    return entries.map((entry) => {
      const t = entry.tables.find((x) => x.table === name)!;
      return this.keep({ kind: 'auditEntry', id: `${parent.id}/q:${entry.queryid}`, connectionId: parent.connectionId, entry, leaves: `${t.leavesScanned} of ${t.leavesTotal} partitions` });
    });
  }

  private async partitionPage(
    connectionId: string,
    parentId: string,
    parentOid: number,
    table: { oid: number; schema: string; name: string; strategy: TableSummary['strategy'] },
    health?: readonly HealthIssue[],
  ): Promise<ExplorerNode[]> {
    const issues = health ?? (await this.catalog.health(connectionId, table.schema, table.name));
    const page = await this.catalog.partitions(connectionId, parentOid);
    if (page.total === 0) return [this.keep({ kind: 'empty', id: `${parentId}/empty`, message: 'No partitions yet', connectionId })];
    const out: ExplorerNode[] = page.items.map((p) =>
      this.keep({
        kind: 'partition',
        id: `${parentId}/p:${encodeURIComponent(p.name)}`,
        connectionId,
        table,
        parentOid,
        partition: p,
        health: issues.filter((h) => h.partition?.schema === p.schema && h.partition.name === p.name),
      }),
    );
    if (page.items.length < page.total) {
      out.push(this.keep({ kind: 'loadMore', id: `${parentId}/more`, connectionId, parentOid, loaded: page.items.length, total: page.total, parentId }));
    }
    return out;
  }

  /** "Load more…": fetches the next page; the caller fires a refresh of the returned parent id. */
  async loadMore(node: Extract<ExplorerNode, { kind: 'loadMore' }>): Promise<string> {
    await this.catalog.loadMore(node.connectionId, node.parentOid);
    return node.parentId;
  }

  /**
   * Refreshes the data behind one node before the provider fires it: drops its caches and, for a
   * table, reloads its summary and health into the same node object (VS Code keys nodes by object).
   * Returns the id of the node to fire (the schema when the table is gone).
   */
  async refreshNode(node: ExplorerNode): Promise<string | undefined> {
    this.invalidate(node);
    if (node.kind !== 'table') return node.id;
    try {
      const [tables, cat] = await Promise.all([this.catalog.tables(node.connectionId), this.catalog.catalog(node.connectionId)]);
      const t = tables.find((x) => x.oid === node.table.oid) ?? tables.find((x) => x.schema === node.table.schema && x.name === node.table.name);
      if (!t) return schemaNodeId(node.connectionId, node.table.schema);
      Object.assign(node as { table: TableSummary; health: readonly HealthIssue[]; partman?: PartmanConfig }, {
        table: t,
        health: cat.health.get(tableKey(t.schema, t.name)) ?? [],
        partman: cat.partman.get(tableKey(t.schema, t.name)),
      });
    } catch {
      // The children call reports the error as an error node.
    }
    return node.id;
  }

  /** Drops the caches a refresh of `node` needs. */
  invalidate(node?: ExplorerNode): void {
    if (!node) {
      for (const e of this.connections.list()) this.catalog.invalidate(e.profile.id);
      return;
    }
    switch (node.kind) {
      case 'connection':
      case 'schema':
        this.catalog.invalidate(node.connectionId);
        break;
      case 'table':
        this.catalog.invalidateTable(node.connectionId, node.table.oid);
        break;
      case 'partition':
        this.catalog.invalidatePartitions(node.connectionId, node.partition.oid);
        break;
      default:
        break;
    }
  }
}
