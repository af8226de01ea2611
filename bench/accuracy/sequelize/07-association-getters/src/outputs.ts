import { Op } from 'sequelize';
import type { AgentOutput } from './models/agent-output';
import { Lead } from './models/lead';

type LeadWithOutputs = Lead & { getOutputs(options?: object): Promise<AgentOutput[]> };

export async function outputsOf(lead: LeadWithOutputs) {
  return lead.getOutputs({ order: [['createdAt', 'DESC']] }); // expect: scans-all [sq07a]
}

export async function freshOutputsOf(lead: LeadWithOutputs) {
  return lead.getOutputs({ where: { createdAt: { [Op.gte]: lead.createdAt } } }); // expect: prunes [sq07b]
}
