import { Op } from 'sequelize';
import './models/associations';
import { Campaign } from './models/campaign';
import { Lead } from './models/lead';

export async function leadsWithCampaign(since: Date) {
  return Lead.findAll({ where: { createdAt: { [Op.gte]: since } }, include: [{ model: Campaign, as: 'campaign' }] }); // expect: scans-all [sq17a]
}

export async function campaignsWithRecentLeads(userId: number, since: Date) {
  return Campaign.findAll({ where: { userId }, include: [{ model: Lead, as: 'leads', where: { createdAt: { [Op.gte]: since } } }] }); // expect: prunes [sq17b]
}

export async function lastWeekCount() {
  return Lead.scope('lastWeek').count(); // expect: prunes [sq17c] cross
}
