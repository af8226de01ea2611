import DataLoader from 'dataloader';
import models, { Op } from '../../models';

const sortResults = <T extends { id: number }>(ids: readonly number[], results: T[]) => {
  const byId = new Map(results.map((r) => [Number(r.id), r]));
  return ids.map((id) => byId.get(Number(id)) ?? null);
};

export const loaders = () => ({
  Lead: {
    byId: new DataLoader(async (ids: readonly number[]) => {
      const leads = await models.Lead.findAll({ where: { id: { [Op.in]: ids } } }); // expect: scans-all [sq45c]
      return sortResults(ids, leads);
    }),
  },
  Campaign: {
    byId: new DataLoader(async (ids: readonly number[]) => {
      const campaigns = await models.Campaign.findAll({ where: { id: { [Op.in]: ids } } }); // expect: scans-all [sq45d]
      return sortResults(ids, campaigns);
    }),
  },
  AgentOutput: {
    byLeadId: new DataLoader(async (leadIds: readonly number[]) => {
      const outputs = await models.AgentOutput.findAll({ where: { leadId: { [Op.in]: leadIds } }, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq45e]
      return leadIds.map((id) => outputs.filter((o) => Number(o.leadId) === Number(id)));
    }),
  },
});
