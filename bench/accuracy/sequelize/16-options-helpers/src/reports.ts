import { col, fn, Op } from 'sequelize';
import { Lead } from './models/lead';
import { createdBetween, ownedBy } from './options';

export async function owned(userId: number) {
  return Lead.findAll(ownedBy(userId)); // expect: scans-all [sq16a] cross
}

export async function window(from: Date, to: Date) {
  return Lead.findAll(createdBetween(from, to)); // expect: prunes [sq16b] cross
}

export async function statusCounts() {
  return Lead.findAll({ attributes: ['status', [fn('COUNT', col('id')), 'n']], group: ['status'] }); // expect: scans-all [sq16c]
}

export async function windowAnd(from: Date, to: Date) {
  return Lead.findAll({ where: { [Op.and]: [{ createdAt: { [Op.gte]: from } }, { createdAt: { [Op.lt]: to } }] } }); // expect: prunes [sq16d]
}
