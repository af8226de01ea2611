import { Op } from 'sequelize';
import { sequelize } from '../models';
import { AgentOutput } from '../models/agent-output';
import { Campaign } from '../models/campaign';
import { Lead } from '../models/lead';
import { buildLeadQuery } from '../lib/lead-query';
import '../models/associations';

export async function listByStatus(userId: number, status: string, page: number) {
  return Lead.findAndCountAll(buildLeadQuery({ userId, status, page })); // expect: scans-all [sq28a] cross
}

export async function listForMonth(userId: number, from: Date, to: Date) {
  return Lead.findAndCountAll(buildLeadQuery({ userId, from, to })); // expect: prunes [sq28b] cross
}

export async function findByEmailInCampaigns(email: string, userId: number) {
  return Lead.findOne({ where: { email }, include: [{ model: Campaign, as: 'campaign', where: { userId } }] }); // expect: scans-all [sq28c]
}

export async function reassign(leadIds: number[], campaignId: number, since: Date) {
  return sequelize.transaction(async (transaction) => {
    await Lead.update({ campaignId }, { where: { id: leadIds }, transaction }); // expect: scans-all [sq28d]
    await AgentOutput.destroy({ where: { leadId: leadIds, createdAt: { [Op.gte]: since } }, transaction }); // expect: prunes [sq28e]
  });
}
