import { Op } from 'sequelize';
import { Campaign } from '../models/campaign';
import { Lead } from '../models/lead';
import '../models/associations';

export async function campaignOf(userId: number, id: number) {
  return Campaign.findOne({ where: { id, userId } }); // expect: prunes [sq29a]
}

export async function openLeadsOfCampaign(userId: number, id: number) {
  const campaign = await campaignOf(userId, id);
  if (!campaign) return [];
  return (campaign as Campaign & { getLeads(o: object): Promise<Lead[]> }).getLeads({ where: { status: 'new' } }); // expect: scans-all [sq29b]
}

export async function outputsSinceCreation(lead: Lead) {
  const l = lead as Lead & { getOutputs(o: object): Promise<unknown[]>; createdAt: Date };
  return l.getOutputs({ where: { createdAt: { [Op.gte]: l.createdAt } } }); // expect: prunes [sq29c]
}

export async function outputCount(lead: Lead) {
  return (lead as Lead & { countOutputs(): Promise<number> }).countOutputs(); // expect: scans-all [sq29d]
}
