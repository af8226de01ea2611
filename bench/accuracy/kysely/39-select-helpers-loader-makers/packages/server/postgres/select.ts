import getKysely from './getKysely';

export const selectLeads = () => getKysely().selectFrom('leads').select(['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']);

export const selectAgentOutputs = () => getKysely().selectFrom('agent_outputs').selectAll();

export const selectCampaigns = () => getKysely().selectFrom('campaigns').selectAll();
