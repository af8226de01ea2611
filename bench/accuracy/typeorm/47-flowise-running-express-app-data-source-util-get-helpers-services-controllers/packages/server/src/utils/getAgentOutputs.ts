import { AgentOutput } from '../database/entities/AgentOutput';
import { getRunningExpressApp } from './getRunningExpressApp';

interface GetAgentOutputsParams {
  leadId: string;
  kinds?: string[];
  startDate?: Date;
}

export const utilGetAgentOutputs = ({ leadId, kinds, startDate }: GetAgentOutputsParams) => {
  const appServer = getRunningExpressApp();
  const query = appServer.AppDataSource.getRepository(AgentOutput).createQueryBuilder('agent_output');
  query.where('agent_output.leadId = :leadId', { leadId });
  if (kinds && kinds.length > 0) {
    query.andWhere('agent_output.kind IN (:...kinds)', { kinds });
  }
  if (startDate) {
    query.andWhere('agent_output.createdAt >= :startDate', { startDate });
  }
  query.orderBy('agent_output.createdAt', 'DESC');
  return query;
};
