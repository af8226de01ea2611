import { Op } from 'sequelize';
import { leadWhere, type Filters } from './filters';
import { Lead } from './models/lead';

export async function search(f: Filters) {
  return Lead.findAll({ where: leadWhere(f), limit: 100 }); // expect: scans-all [sq06a] cross
}

export async function searchSince(f: Filters, since: Date) {
  return Lead.findAll({ where: { [Op.and]: [leadWhere(f), { createdAt: { [Op.gte]: since } }] } }); // expect: prunes [sq06b] cross
}
