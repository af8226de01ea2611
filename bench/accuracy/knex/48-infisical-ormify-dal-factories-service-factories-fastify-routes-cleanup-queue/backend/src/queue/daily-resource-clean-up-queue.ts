import type { TAgentOutputDALFactory } from '../services/agent-output/agent-output-dal';

type TDailyResourceCleanUpQueueServiceFactoryDep = { agentOutputDAL: Pick<TAgentOutputDALFactory, 'pruneAgentOutputs'> };

export const dailyResourceCleanUpQueueServiceFactory = ({ agentOutputDAL }: TDailyResourceCleanUpQueueServiceFactoryDep) => {
  const process = async () => {
    await agentOutputDAL.pruneAgentOutputs();
  };
  return { process };
};
