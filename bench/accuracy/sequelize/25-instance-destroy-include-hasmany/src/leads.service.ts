import { Op } from 'sequelize';
import { Campaign } from './models/campaign';
import { Lead } from './models/lead';
import './models/associations';

export async function removeLead(id: number, createdAt: Date) {
  const lead = await Lead.findOne({ where: { id, createdAt } }); // expect: prunes [sq25a]
  await lead?.destroy(); // expect: scans-all [sq25b]
}

export async function leadsByIds(ids: number[], since: Date) {
  return Lead.findAll({ where: { id: ids, createdAt: { [Op.gte]: since } } }); // expect: prunes [sq25c]
}

export async function campaignsWithLeads(userId: number) {
  return Campaign.findAll({ where: { userId }, include: [{ model: Lead, as: 'leads' }] }); // expect: scans-all [sq25d]
}

export async function campaignsWithRecentLeads(userId: number, since: Date) {
  return Campaign.findAll({ where: { userId }, include: [{ model: Lead, as: 'leads', where: { createdAt: { [Op.gte]: since } }, required: false }] }); // expect: prunes [sq25e]
}
