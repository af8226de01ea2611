/**
 * The extension's services and a CommandContext wired like extension.ts, with the scripted UI
 * port, for tests that drive the real command handlers in node.
 */
import assert from 'node:assert/strict';
import { parseConfig, type StoredConnection } from '../../client/src/config';
import { ConnectionManager } from '../../client/src/connections/manager';
import { CatalogService } from '../../client/src/catalog/service';
import { allCommands } from '../../client/src/commands/table';
import { makePickers } from '../../client/src/commands/pick';
import type { CommandContext } from '../../client/src/commands/types';
import { parseWriteSettings } from '../../client/src/commands/write/ui';
import { Logger } from '../../client/src/log';
import type { RuntimeEvidenceParams } from '../../server/src/protocol';
import { ScriptedUi } from './scripted-ui';

export interface StateMap {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Promise<void>;
}

export function memoryState(): StateMap {
  const m = new Map<string, unknown>();
  return { get: <T>(k: string) => m.get(k) as T | undefined, update: async (k, v) => void m.set(k, v) };
}

/** The services and a CommandContext; what it sends the language server is kept in `evidence`. */
export function harness(opts: { settings?: Record<string, unknown>; workspaceDir?: string; state?: StateMap } = {}) {
  const settings: Record<string, unknown> = { discoverConnections: false, ...opts.settings };
  const secrets = new Map<string, string>();
  const lines: string[] = [];
  const log = new Logger({ appendLine: (l) => void lines.push(l) });
  const config = () => parseConfig((k) => settings[k]);
  const connections = new ConnectionManager({
    secrets: { get: async (k) => secrets.get(k), store: async (k, v) => void secrets.set(k, v), delete: async (k) => void secrets.delete(k) },
    profiles: {
      save: async (list: readonly StoredConnection[]) => {
        settings.connections = list;
      },
    },
    state: opts.state,
    logger: log,
    config,
    env: {},
    workspaceDir: () => opts.workspaceDir,
  });
  const catalog = new CatalogService({ db: (id) => connections.connected(id)?.db, label: (id) => connections.get(id)?.label ?? id }, config);
  const ui = new ScriptedUi();
  let refreshes = 0;
  const evidence: RuntimeEvidenceParams[] = [];
  const ctx: CommandContext = {
    connections,
    catalog,
    ui,
    log,
    output: { show: () => undefined },
    config,
    writeSettings: () => parseWriteSettings((k) => settings[k]),
    refresh: () => void refreshes++,
    refreshTable: async (id) => catalog.invalidate(id),
    ...makePickers(connections, catalog, ui),
    publishRuntimeEvidence: (p) => void evidence.push(p),
  };
  const specs = allCommands();
  const run = async (id: string, ...args: unknown[]): Promise<unknown> => {
    const spec = specs.find((s) => s.id === id);
    assert.ok(spec, id);
    return spec.handler(ctx, ...args);
  };
  return { settings, secrets, lines, connections, catalog, ui, ctx, run, evidence, refreshes: () => refreshes };
}
