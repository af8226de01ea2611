import { Op, type WhereOptions } from 'sequelize';
import { AgentOutput } from './models/agent-output';
import { Lead } from './models/lead';

export interface LeadFilter {
  userId: number;
  status?: string;
  since?: Date;
}

export async function findLeads(filter: LeadFilter) {
  const where: WhereOptions = { userId: filter.userId };
  if (filter.status) Object.assign(where, { status: filter.status });
  if (filter.since) Object.assign(where, { createdAt: { [Op.gte]: filter.since } });
  return Lead.findAll({ where, order: [['id', 'DESC']], limit: 100 }); // expect: scans-all [sq24a]
}

export async function findInRange(from: Date, to: Date, statuses: string[] = []) {
  const conditions: WhereOptions[] = [{ createdAt: { [Op.between]: [from, to] } }];
  if (statuses.length) conditions.push({ status: { [Op.in]: statuses } });
  return Lead.findAll({ where: { [Op.and]: conditions } }); // expect: prunes [sq24b]
}

export async function outputsOf(leadId: number) {
  return AgentOutput.findAll({ where: { leadId }, order: [['createdAt', 'DESC']], limit: 20 }); // expect: scans-all [sq24c]
}

export async function recentOutputsOf(leadId: number, since: Date) {
  return AgentOutput.count({ where: { leadId, createdAt: { [Op.gt]: since } } }); // expect: prunes [sq24d]
}
