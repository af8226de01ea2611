/**
 * Which connection and which table a command works on: from the clicked tree node, else the
 * active connection, else a picker through the UI port. vscode-free (the tests drive it).
 */
import type { TableSummary } from '../../../server/src/db/introspect';
import { displayName } from '../../../server/src/engine/catalog/model';
import type { CatalogService } from '../catalog/service';
import type { ActiveConnection, ConnectionManager } from '../connections/manager';
import type { ExplorerNode } from '../explorer/nodes';
import type { UiPort } from './port';
import type { CommandContext } from './types';

export function makePickers(connections: ConnectionManager, catalog: CatalogService, ui: UiPort): Pick<CommandContext, 'pickConnection' | 'pickTable'> {
  const pickConnection = async (node?: unknown): Promise<ActiveConnection | undefined> => {
    const fromNode = typeof node === 'object' && node !== null && 'connectionId' in node ? (node as { connectionId?: string }).connectionId : undefined;
    const id = fromNode ?? (typeof node === 'string' ? node : undefined);
    if (id) {
      const c = connections.connected(id) ?? (await connections.connect(id), connections.connected(id));
      if (!c) throw new Error(connections.get(id)?.error ?? `${connections.get(id)?.label ?? id} is not connected.`);
      return c;
    }
    const active = connections.active();
    if (active) return active;
    const live = connections.allConnected();
    if (live.length === 1) return live[0];
    const entries = connections.list();
    if (entries.length === 0) throw new Error('No database connection: use "Partition Lens: Add Connection" first.');
    const pick = await ui.pick(
      entries.map((e) => ({ label: e.profile.name, description: `${e.label} · ${e.state}`, id: e.profile.id })),
      { placeHolder: 'Database to use' },
    );
    if (!pick) return undefined;
    await connections.connect(pick.id);
    const c = connections.connected(pick.id);
    if (!c) throw new Error(connections.get(pick.id)?.error ?? 'The connection failed.');
    await connections.setActive(pick.id);
    return c;
  };

  const pickTable = async (node?: unknown, filter?: (t: TableSummary) => boolean): Promise<{ connection: ActiveConnection; table: TableSummary } | undefined> => {
    const connection = await pickConnection(node);
    if (!connection) return undefined;
    const tables = await catalog.tables(connection.id);
    const n = node as ExplorerNode | undefined;
    const ref = n?.kind === 'table' ? n.table : n?.kind === 'partition' ? n.table : n?.kind === 'health' ? n.issue.table : undefined;
    if (ref) {
      const t = tables.find((x) => x.schema === ref.schema && x.name === ref.name);
      if (!t) throw new Error(`${displayName(ref.schema, ref.name)} is no longer a partitioned table in ${connection.label}.`);
      return { connection, table: t };
    }
    const candidates = filter ? tables.filter(filter) : tables;
    if (candidates.length === 0) throw new Error(`No suitable partitioned table in ${connection.label}.`);
    const pick = await ui.pick(
      candidates.map((t) => ({ label: displayName(t.schema, t.name), description: `${t.strategy.toUpperCase()} (${t.keyDef}) · ${t.partitionCount} partitions`, t })),
      { placeHolder: 'Partitioned table', matchOnDescription: true },
    );
    return pick ? { connection, table: pick.t } : undefined;
  };

  return { pickConnection, pickTable };
}
