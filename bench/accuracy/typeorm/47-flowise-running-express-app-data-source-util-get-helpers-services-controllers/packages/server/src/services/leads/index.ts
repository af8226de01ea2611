import { AgentOutput } from '../../database/entities/AgentOutput';
import { Lead } from '../../database/entities/Lead';
import { aMonthAgo } from '../../utils';
import { utilGetAgentOutputs } from '../../utils/getAgentOutputs';
import { utilGetLeads } from '../../utils/getLeads';
import { getRunningExpressApp } from '../../utils/getRunningExpressApp';

export class InternalFlowiseError extends Error {
  constructor(
    public statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const getAllLeads = async (userId: string, sortOrder?: string): Promise<Lead[]> => {
  return await utilGetLeads({ userId, sortOrder }); // expect: scans-all [to47a] cross
};

const getLeadsForExport = async (userId: string, startDate: string, endDate: string): Promise<Lead[]> => {
  return await utilGetLeads({ userId, startDate, endDate }); // expect: prunes [to47b] cross
};

const getLeadsForCampaign = async (userId: string, campaignId: string): Promise<Lead[]> => {
  return await utilGetLeads({ userId, campaignId }); // expect: scans-all [to47o] cross
};

const getLeadById = async (leadId: string): Promise<Lead> => {
  const appServer = getRunningExpressApp();
  const dbResponse = await appServer.AppDataSource.getRepository(Lead).findOneBy({ id: leadId }); // expect: scans-all [to47c]
  if (!dbResponse) throw new InternalFlowiseError(404, `Lead ${leadId} not found`);
  return dbResponse;
};

const updateLead = async (leadId: string, updateBody: Partial<Lead>): Promise<Lead> => {
  const appServer = getRunningExpressApp();
  const lead = await appServer.AppDataSource.getRepository(Lead).findOneBy({ id: leadId }); // expect: scans-all [to47e]
  if (!lead) throw new InternalFlowiseError(404, `Lead ${leadId} not found`);
  const newDbLead = appServer.AppDataSource.getRepository(Lead).merge(lead, updateBody);
  const dbResponse = await appServer.AppDataSource.getRepository(Lead).save(newDbLead); // expect: scans-all [to47d]
  return dbResponse;
};

const deleteLead = async (leadId: string) => {
  const appServer = getRunningExpressApp();
  await appServer.AppDataSource.getRepository(AgentOutput).delete({ leadId }); // expect: scans-all [to47f]
  const dbResponse = await appServer.AppDataSource.getRepository(Lead).delete({ id: leadId }); // expect: scans-all [to47g]
  return dbResponse;
};

const getAgentOutputs = async (leadId: string, kinds?: string[]) => {
  return await utilGetAgentOutputs({ leadId, kinds }).getMany(); // expect: scans-all [to47h] cross
};

const getRecentAgentOutputs = async (leadId: string) => {
  return await utilGetAgentOutputs({ leadId, startDate: aMonthAgo() }).getMany(); // expect: prunes [to47i] cross
};

export default {
  getAllLeads,
  getLeadsForExport,
  getLeadsForCampaign,
  getLeadById,
  updateLead,
  deleteLead,
  getAgentOutputs,
  getRecentAgentOutputs,
};
