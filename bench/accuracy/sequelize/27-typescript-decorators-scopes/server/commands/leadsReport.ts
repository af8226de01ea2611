import { Op } from 'sequelize';
import AgentOutput from '../models/AgentOutput';
import Lead from '../models/Lead';

export async function monthReport(userId: number, month: Date) {
  const leads = await Lead.scope([{ method: ['inMonth', month] }, { method: ['withOutputsSince', month] }]).findAll({ where: { userId } }); // expect: prunes [sq27c] cross
  const total = await Lead.scope({ method: ['inMonth', month] }).count(); // expect: prunes [sq27d] cross
  return { leads, total };
}

export async function outputsOfLead(lead: Lead) {
  return AgentOutput.findAll({ where: { leadId: lead.id }, order: [['createdAt', 'DESC']], limit: 25 }); // expect: scans-all [sq27e]
}

export async function companyLeadsSince(company: string, since: Date) {
  return Lead.scope({ method: ['withOutputsSince', since] }).findAll({ where: { company, createdAt: { [Op.gte]: since } } }); // expect: prunes [sq27f] cross
}
