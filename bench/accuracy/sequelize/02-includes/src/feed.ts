import { Op } from 'sequelize';
import { AgentOutput } from './models/agent-output';
import { Lead } from './models/lead';

export async function feed(since: Date) {
  return Lead.findAll({ where: { createdAt: { [Op.gte]: since } }, include: [{ model: AgentOutput, as: 'outputs' }] }); // expect: scans-all [sq02a]
}

export async function feedKeyed(since: Date) {
  return Lead.findAll({
    where: { createdAt: { [Op.gte]: since } },
    include: [{ model: AgentOutput, as: 'outputs', where: { createdAt: { [Op.gte]: since } } }],
  }); // expect: prunes [sq02b]
}

export async function outputsWithLead(since: Date) {
  return AgentOutput.findAll({ where: { createdAt: { [Op.gte]: since } }, include: [{ model: Lead, as: 'lead' }] }); // expect: scans-all [sq02c]
}
