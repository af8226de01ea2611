/**
 * The shape of every command of the extension. The read side (`./read.ts`) and the write side
 * (`./write/index.ts`, exporting `writeCommands: CommandSpec[]`) both contribute specs; the
 * extension registers the one table in a loop (`./index.ts`), wrapping each handler so that a
 * failure becomes a clear error message instead of an unhandled rejection.
 */
import type * as vscode from 'vscode';
import type { ActiveConnection, ConnectionManager } from '../connections/manager';
import type { CatalogService } from '../catalog/service';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { ExplorerNode } from '../explorer/nodes';
import type { TableSummary } from '../../../server/src/db/introspect';

export const COMMAND_CATEGORY = 'Partition Lens';

/** Where a command appears besides the palette (package.json `contributes.menus`). */
export interface CommandMenus {
  /** `view/item/context`: `when` clause on `viewItem`, and the group (`inline` for icons). */
  readonly item?: readonly { readonly when: string; readonly group?: string }[];
  /** `view/title` of the explorer. */
  readonly title?: { readonly group?: string; readonly when?: string };
  /** `editor/context`. */
  readonly editor?: { readonly when?: string; readonly group?: string };
}

export interface CommandSpec {
  /** `partitionLens.<name>`. */
  readonly id: string;
  readonly title: string;
  readonly category: typeof COMMAND_CATEGORY;
  /** Codicon id (e.g. `refresh`) for inline/title menus. */
  readonly icon?: string;
  /** `commandPalette` `when` clause; `false` hides it from the palette (tree-only commands). */
  readonly when?: string | false;
  readonly menus?: CommandMenus;
  /**
   * Runs the command. From a tree menu the first argument is the clicked `ExplorerNode`; from the
   * palette there is none, and the handler asks (see `CommandContext.pick*`).
   */
  handler(ctx: CommandContext, ...args: unknown[]): unknown;
}

/** What every handler gets: the services, the logger, the config and tree refresh. */
export interface CommandContext {
  readonly extension: vscode.ExtensionContext;
  readonly connections: ConnectionManager;
  readonly catalog: CatalogService;
  /** The "Partition Lens" output channel (all SQL is logged there). */
  readonly log: Logger;
  readonly output: vscode.OutputChannel;
  /** Current settings (read fresh on every call). */
  config(): Config;
  /**
   * Refreshes the tree: a node (and its subtree), or everything when omitted. For a table/partition
   * node the catalog caches of its connection are dropped too, so the next read is fresh.
   */
  refresh(node?: ExplorerNode): void;
  /** Refresh after a write to a table: caches + table node + live catalog for the linter. */
  refreshTable(connectionId: string, schema: string, name: string): Promise<void>;
  /** The connection of a node, else the active one, else asks the user to pick/connect one. */
  pickConnection(node?: unknown): Promise<ActiveConnection | undefined>;
  /** The table of a node (table, partition, health), else asks the user to pick one. */
  pickTable(node?: unknown, filter?: (t: TableSummary) => boolean): Promise<{ connection: ActiveConnection; table: TableSummary } | undefined>;
}

/** A spec with the fixed category filled in. */
export function command(spec: Omit<CommandSpec, 'category'>): CommandSpec {
  return { ...spec, category: COMMAND_CATEGORY };
}
