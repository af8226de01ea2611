import { Op } from 'sequelize';
import { paginate } from './lib/paginate';
import { Lead } from './models/lead';

export async function monthOfUser(userId: number, from: Date, to: Date) {
  return Lead.scope([{ method: ['forUser', userId] }, { method: ['createdBetween', from, to] }]).findAll({ where: { status: 'new' } }); // expect: prunes [sq20a]
}

export async function ofUser(userId: number) {
  return Lead.scope({ method: ['forUser', userId] }).findAll({ order: [['id', 'DESC']] }); // expect: scans-all [sq20b]
}

export async function search(userId: number, since?: Date, page = 1) {
  const { rows, count } = await Lead.findAndCountAll({
    where: { userId, ...(since && { createdAt: { [Op.gte]: since } }) },
    limit: 20,
    offset: (page - 1) * 20,
  }); // expect: scans-all [sq20c]
  return { rows, count };
}

export async function recentPage(since: Date, page: number) {
  return paginate(Lead, { where: { createdAt: { [Op.gte]: since } } }, page); // expect: prunes [sq20d] cross
}

export async function companyPage(company: string, page: number) {
  return paginate(Lead, { where: { company } }, page); // expect: scans-all [sq20e] cross
}
