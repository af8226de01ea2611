import DataLoader from 'dataloader';
import models, { Op } from '../../models';
import type AgentOutput from '../../models/AgentOutput';

export const generateLoaders = () => ({
  AgentOutput: {
    byLeadId: new DataLoader(async (leadIds: readonly number[]): Promise<AgentOutput[][]> => {
      const outputs = await models.AgentOutput.findAll({ where: { leadId: { [Op.in]: leadIds as number[] } } }); // expect: scans-all [sq36b]
      return leadIds.map((id) => outputs.filter((output) => output.leadId === id));
    }),
  },
});

export type Loaders = ReturnType<typeof generateLoaders>;
