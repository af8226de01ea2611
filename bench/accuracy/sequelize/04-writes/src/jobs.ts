import { Op } from 'sequelize';
import { AgentOutput } from './models/agent-output';
import { Lead } from './models/lead';

export async function archiveStale() {
  await Lead.update({ status: 'archived' }, { where: { status: 'stale' } }); // expect: scans-all [sq04a]
}

export async function purgeOutputs(cutoff: Date) {
  return AgentOutput.destroy({ where: { createdAt: { [Op.lt]: cutoff } } }); // expect: prunes [sq04b]
}

export async function purgeLeadOutputs(leadId: number) {
  return AgentOutput.destroy({ where: { leadId } }); // expect: scans-all [sq04c]
}
