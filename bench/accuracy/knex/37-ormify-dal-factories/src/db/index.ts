import knex, { type Knex } from 'knex';

export type TDbClient = Knex & { replicaNode: () => Knex };

/** The primary, plus a read replica picked per query when replicas are configured. */
export const initDbConnection = ({ dbConnectionUri, readReplicas = [] }: { dbConnectionUri: string; readReplicas?: string[] }): TDbClient => {
  const primary = knex({ client: 'pg', connection: dbConnectionUri, pool: { min: 0, max: 10 } });
  const replicas = readReplicas.map((uri) => knex({ client: 'pg', connection: uri }));
  return Object.assign(primary, {
    replicaNode: () => (replicas.length ? replicas[Math.floor(Math.random() * replicas.length)]! : primary),
  });
};
