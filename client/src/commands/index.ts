/**
 * The one command table: read-side and write-side specs, registered in a loop. Every handler is
 * wrapped so a failure shows "Partition Lens: <title> failed: <message>" (and is logged) instead of
 * an unhandled rejection; results are returned to `executeCommand` callers (tests, scripts).
 */
import * as vscode from 'vscode';
import type { CommandContext, CommandSpec } from './types';

export { allCommands } from './table';

/**
 * Registers every command; `overrides` replaces handlers that need objects only the extension
 * owns (e.g. the tree model for "Load more…").
 */
export function registerCommands(
  ctx: CommandContext,
  specs: readonly CommandSpec[],
  overrides: Partial<Record<string, (...args: unknown[]) => unknown>> = {},
): vscode.Disposable[] {
  return specs.map((spec) =>
    vscode.commands.registerCommand(spec.id, async (...args: unknown[]) => {
      try {
        const o = overrides[spec.id];
        return await (o ? o(...args) : spec.handler(ctx, ...args));
      } catch (e) {
        const message = (e as Error)?.message ?? String(e);
        ctx.log.error(`${spec.title}: ${message}`);
        void vscode.window.showErrorMessage(`Partition Lens: ${spec.title} failed: ${message}`);
        return undefined;
      }
    }),
  );
}
