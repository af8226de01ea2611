import { AgentOutput, Campaign, Lead } from 'fxa-shared/db/models/auth';

export default function leadRoutes() {
  return [
    {
      method: 'GET',
      path: '/lead/{id}',
      handler: async (request: { params: { id: string } }) => {
        const lead = await Lead.findById(Number(request.params.id), { include: ['outputs'] });
        return lead ?? { error: 'unknown lead' };
      },
    },
    {
      method: 'POST',
      path: '/lead/{id}/won',
      handler: async (request: { params: { id: string }; payload: { createdAt: string } }) => {
        await Lead.setStatus(Number(request.params.id), new Date(request.payload.createdAt), 'won');
        return {};
      },
    },
    {
      method: 'GET',
      path: '/user/{uid}/dashboard',
      handler: async (request: { params: { uid: string } }) => {
        const uid = Number(request.params.uid);
        const [leads, campaigns] = await Promise.all([Lead.findRecentByUser(uid), Campaign.findByUserId(uid)]);
        return { leads, campaigns };
      },
    },
    {
      method: 'DELETE',
      path: '/lead/{id}',
      handler: async (request: { params: { id: string } }) => {
        const outputs = await AgentOutput.findByLeadId(Number(request.params.id));
        await Lead.delete(Number(request.params.id));
        return { removedOutputs: outputs.length };
      },
    },
  ];
}
