/**
 * The shape of every command of the extension. The read side (`./read.ts`) and the write side
 * (`./write/index.ts`, exporting `writeCommands: CommandSpec[]`) both contribute specs; the
 * extension registers the one table in a loop (`./index.ts`), wrapping each handler so that a
 * failure becomes a clear error message instead of an unhandled rejection.
 */
import type { ActiveConnection, ConnectionManager } from '../connections/manager';
import type { CatalogService } from '../catalog/service';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { ExplorerNode } from '../explorer/nodes';
import type { TableSummary } from '../../../server/src/db/introspect';
import type { UiPort } from './port';
import type { RuntimeEvidenceParams } from '../../../server/src/protocol';

export const COMMAND_CATEGORY = 'Partition Lens';

/** Where a command appears besides the palette (package.json `contributes.menus`). */
export interface CommandMenus {
  /** `view/item/context`: `when` clause on `viewItem`, and the group (`inline` for icons). */
  readonly item?: readonly { readonly when: string; readonly group?: string }[];
  /** `view/title` of the explorer. */
  readonly title?: { readonly group?: string; readonly when?: string };
  /** `editor/context`. */
  readonly editor?: { readonly when?: string; readonly group?: string };
  /** `editor/title`: buttons on top of an editor (e.g. Run/Cancel of a plan review). */
  readonly editorTitle?: { readonly when: string; readonly group?: string };
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

/** Write-side settings (`partitionLens.maintenance.*`, `partitionNamePattern`). */
export interface WriteSettings {
  readonly lockTimeoutMs: number;
  readonly statementTimeoutMs: number;
  readonly namePattern?: string;
  readonly upcomingCount: number;
  readonly archiveKeep: number;
  readonly archiveSchema: string;
}

/**
 * What every handler gets: the services, the logger, the config, tree refresh and the UI port.
 * Handlers never call `vscode.window` themselves: every prompt goes through `ui`.
 */
export interface CommandContext {
  readonly connections: ConnectionManager;
  readonly catalog: CatalogService;
  /** Every question and document of a command (see ./port.ts). */
  readonly ui: UiPort;
  /** The "Partition Lens" output channel (all SQL is logged there). */
  readonly log: Logger;
  readonly output: { show(preserveFocus?: boolean): void };
  /** Current settings (read fresh on every call). */
  config(): Config;
  /** Current write-side settings (read fresh on every call). */
  writeSettings(): WriteSettings;
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
  /** Tells the language server what the database ran (the pruning audit), when it runs. */
  publishRuntimeEvidence?(params: RuntimeEvidenceParams): void;
}

/** A spec with the fixed category filled in. */
export function command(spec: Omit<CommandSpec, 'category'>): CommandSpec {
  return { ...spec, category: COMMAND_CATEGORY };
}
