import { AgentOutput } from './models/agent-output';
import { Lead } from './models/lead';
import { pagination, recentWhere } from './lib/query';

export async function recentOfStatus(status: string) {
  return Lead.findAll({ where: { ...recentWhere(7), status } }); // expect: prunes [sq26a] cross
}

export async function pageOfStatus(status: string, page: number) {
  return Lead.findAll({ where: { status }, ...pagination(page) }); // expect: scans-all [sq26b] cross
}

export async function recentPage(page: number) {
  return Lead.findAll({ where: recentWhere(30), ...pagination(page), order: [['createdAt', 'DESC']] }); // expect: prunes [sq26c] cross
}

export async function dropOutputs(leadIds: number[]) {
  return AgentOutput.destroy({ where: { leadId: leadIds } }); // expect: scans-all [sq26d]
}
