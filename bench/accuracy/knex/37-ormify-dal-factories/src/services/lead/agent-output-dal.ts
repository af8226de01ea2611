import type { TDbClient } from '../../db';
import { TableName, type TAgentOutputs } from '../../db/schemas';
import { ormify } from '../../lib/knex';

export type TAgentOutputDALFactory = ReturnType<typeof agentOutputDALFactory>;

export const agentOutputDALFactory = (db: TDbClient) => ormify<TAgentOutputs>(db, TableName.AgentOutput);
