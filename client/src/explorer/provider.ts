/**
 * The tree data provider of `partitionLens.explorer`: a thin vscode layer over `ExplorerModel`
 * (children) and `nodes.ts` (presentation), with one TreeItem class per node kind.
 */
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connections/manager';
import { describeConnection, describeNode, type ExplorerNode, type NodeView } from './nodes';
import type { ExplorerModel } from './model';

const COLLAPSE = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

/** Shared construction from a `NodeView`; subclasses exist so each node kind has its own class. */
abstract class ExplorerItem extends vscode.TreeItem {
  constructor(
    readonly node: ExplorerNode,
    view: NodeView,
  ) {
    super(view.label, COLLAPSE[view.collapsible]);
    this.id = view.id;
    this.description = view.description;
    this.contextValue = view.contextValue;
    if (view.tooltip) {
      const tip = new vscode.MarkdownString(view.tooltip, true);
      tip.supportThemeIcons = true;
      this.tooltip = tip;
    }
    if (view.icon) this.iconPath = new vscode.ThemeIcon(view.icon.id, view.icon.color ? new vscode.ThemeColor(view.icon.color) : undefined);
    if (view.command) this.command = { command: view.command.command, title: view.command.title, arguments: [node] };
  }
}

export class ConnectionItem extends ExplorerItem {}
export class SchemaItem extends ExplorerItem {}
export class TableItem extends ExplorerItem {}
export class PartitionItem extends ExplorerItem {}
export class HealthItem extends ExplorerItem {}
export class AuditItem extends ExplorerItem {}
export class AuditEntryItem extends ExplorerItem {}
export class LargeTableItem extends ExplorerItem {}
export class LoadMoreItem extends ExplorerItem {}
export class EmptyItem extends ExplorerItem {}
export class ErrorItem extends ExplorerItem {}

const ITEM_CLASS: Record<ExplorerNode['kind'], new (node: ExplorerNode, view: NodeView) => ExplorerItem> = {
  connection: ConnectionItem,
  schema: SchemaItem,
  table: TableItem,
  partition: PartitionItem,
  health: HealthItem,
  audit: AuditItem,
  auditEntry: AuditEntryItem,
  largeTable: LargeTableItem,
  loadMore: LoadMoreItem,
  empty: EmptyItem,
  error: ErrorItem,
};

export class ExplorerProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly model: ExplorerModel,
    private readonly connections: ConnectionManager,
  ) {}

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const view =
      node.kind === 'connection'
        ? describeConnection(node, this.connections.get(node.connectionId), this.connections.activeEntry()?.profile.id === node.connectionId)
        : describeNode(node);
    return new ITEM_CLASS[node.kind](node, view);
  }

  getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    return this.model.children(node);
  }

  /** Fires a refresh of one node (by its latest object) or of everything. */
  fire(node?: ExplorerNode | string): void {
    if (node === undefined) return this.changed.fire(undefined);
    const id = typeof node === 'string' ? node : node.id;
    this.changed.fire(this.model.node(id) ?? undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
