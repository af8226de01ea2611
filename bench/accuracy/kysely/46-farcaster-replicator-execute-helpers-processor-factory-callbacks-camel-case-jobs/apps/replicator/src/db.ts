import { CamelCasePlugin, Kysely, PostgresDialect, type ColumnType, type Generated, type Transaction } from 'kysely';
import pg from 'pg';

// Column and table names are camelCase in code; CamelCasePlugin turns them into the snake_case of the schema.
export interface LeadRow {
  id: Generated<number>;
  userId: number;
  campaignId: number | null;
  company: string;
  email: string;
  status: string;
  createdAt: ColumnType<Date, Date, never>;
}

export interface AgentOutputRow {
  id: Generated<number>;
  leadId: number;
  kind: string;
  body: string | null;
  createdAt: ColumnType<Date, Date, never>;
}

export interface CampaignRow {
  id: Generated<number>;
  userId: number;
  name: string;
  archived: boolean;
}

export interface UserRow {
  id: number;
  email: string;
  createdAt: Date;
}

export interface Tables {
  leads: LeadRow;
  agentOutputs: AgentOutputRow;
  campaigns: CampaignRow;
  users: UserRow;
}

export type DB = Kysely<Tables>;
export type DBTransaction = Transaction<Tables>;

export const getDbClient = (connectionString: string): DB =>
  new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 10 }) }),
    plugins: [new CamelCasePlugin()],
  });

type Executable<T> = { execute(): Promise<T[]>; executeTakeFirst(): Promise<T | undefined>; executeTakeFirstOrThrow(errorConstructor?: () => Error): Promise<T> };

// Every statement goes through these so that timing and errors are reported in one place.
export const execute = async <T>(query: Executable<T>) => {
  return await query.execute(); // expect-also: [ky46j]
};

export const executeTakeFirst = async <T>(query: Executable<T>) => {
  return await query.executeTakeFirst(); // expect-also: [ky46d] [ky46f]
};

export const executeTakeFirstOrThrow = async <T>(query: Executable<T>, errorConstructor?: () => Error) => {
  return await query.executeTakeFirstOrThrow(errorConstructor); // expect-also: [ky46b] [ky46n]
};

export const executeTx = async <T>(db: DB, callback: (trx: DBTransaction) => Promise<T>) => db.transaction().execute(callback);
