import knex, { type Knex } from 'knex';

// The primary takes writes; replicaNode() spreads reads over the read replicas (the primary when there are none).
export type TDbClient = Knex & { replicaNode: () => Knex; primaryNode: () => Knex };

export const initDbConnection = ({ dbConnectionUri, readReplicas = [] }: { dbConnectionUri: string; readReplicas?: string[] }): TDbClient => {
  const db = knex({ client: 'pg', connection: dbConnectionUri }) as TDbClient;
  const replicas = readReplicas.map((connection) => knex({ client: 'pg', connection }));
  db.primaryNode = () => db;
  db.replicaNode = () => (replicas.length ? replicas[Math.floor(Math.random() * replicas.length)]! : db);
  return db;
};
