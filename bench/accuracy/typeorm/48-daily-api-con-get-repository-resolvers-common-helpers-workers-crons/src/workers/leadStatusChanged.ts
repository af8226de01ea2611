import type { DataSource } from 'typeorm';
import { AgentOutput, Lead } from '../entity';
import { messageToJson, type Worker } from './worker';

interface Data {
  lead: { id: string; createdAt: string; status: string };
}

const worker: Worker = {
  subscription: 'api.lead-status-changed',
  handler: async (message, con: DataSource, logger) => {
    const data: Data = messageToJson(message);
    try {
      await con.transaction(async (entityManager) => {
        await entityManager.getRepository(Lead).update({ id: data.lead.id, createdAt: new Date(data.lead.createdAt) }, { status: data.lead.status }); // expect: prunes [to48m]
        if (data.lead.status === 'lost') {
          await entityManager.getRepository(AgentOutput).delete({ leadId: data.lead.id }); // expect: scans-all [to48n]
        }
      });
    } catch (err) {
      logger.error({ data, err }, 'failed to update lead status');
    }
  },
};

export default worker;
