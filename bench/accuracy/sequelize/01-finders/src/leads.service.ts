import { Op } from 'sequelize';
import { Lead } from './models/lead';

export async function companyLeads(company: string) {
  return Lead.findAll({ where: { company }, order: [['id', 'DESC']], limit: 50 }); // expect: scans-all [sq01a]
}

export async function companySince(company: string, since: Date) {
  return Lead.findAll({ where: { company, createdAt: { [Op.gte]: since } } }); // expect: prunes [sq01b]
}

export async function byPk(id: number) {
  return Lead.findByPk(id); // expect: scans-all [sq01c]
}

export async function byKey(id: number, createdAt: Date) {
  return Lead.findOne({ where: { id, createdAt } }); // expect: prunes [sq01d]
}
