import { Op } from 'sequelize';
import { Lead } from './models/lead';

export async function recentOrVip(since: Date) {
  return Lead.count({ where: { [Op.or]: [{ createdAt: { [Op.gte]: since } }, { company: 'VIP' }] } }); // expect: scans-all [sq08a]
}

export async function page(since: Date, offset: number) {
  return Lead.findAndCountAll({ where: { createdAt: { [Op.between]: [since, new Date()] } }, offset, limit: 20 }); // expect: prunes [sq08b]
}

export async function newest() {
  return Lead.max('createdAt'); // expect: scans-all [sq08c]
}
