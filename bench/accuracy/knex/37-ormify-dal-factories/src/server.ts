import { initDbConnection } from './db';
import { agentOutputDALFactory } from './services/lead/agent-output-dal';
import { leadDALFactory } from './services/lead/lead-dal';
import { leadServiceFactory } from './services/lead/lead-service';

export const main = async () => {
  const db = initDbConnection({ dbConnectionUri: process.env.DB_CONNECTION_URI ?? '', readReplicas: process.env.DB_READ_REPLICAS?.split(',') });
  const leadDAL = leadDALFactory(db);
  const agentOutputDAL = agentOutputDALFactory(db);
  return { leadService: leadServiceFactory({ leadDAL, agentOutputDAL }) };
};
