import { Op } from 'sequelize';
import { sequelize } from './models/index';
import { Lead } from './models/lead';

export async function atInstants(instants: Date[]) {
  return Lead.findAll({ where: { createdAt: { [Op.in]: instants } } }); // expect: prunes [sq15a]
}

export async function stamped() {
  return Lead.count({ where: { createdAt: { [Op.ne]: null }, status: 'new' } }); // expect: scans-all [sq15b]
}

export async function onDay(day: string) {
  return Lead.findAll({ where: sequelize.where(sequelize.fn('date', sequelize.col('created_at')), day) }); // expect: scans-all [sq15c]
}

export async function inWindow(from: Date, to: Date) {
  return Lead.findAll({ where: { createdAt: { [Op.gte]: from, [Op.lt]: to }, status: { [Op.ne]: 'spam' } } }); // expect: prunes [sq15d]
}
