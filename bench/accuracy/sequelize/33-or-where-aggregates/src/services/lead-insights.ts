import { Op } from 'sequelize';
import { Lead } from '../models/lead';
import { inEitherWindow, recentOrVip } from '../queries/lead-where';

export async function followUps(userId: number) {
  return Lead.findAll({ where: { userId, ...recentOrVip(new Date(Date.now() - 7 * 86_400_000)) } }); // expect: scans-all [sq33a] cross
}

export async function yearOverYear(userId: number, a: { from: Date; to: Date }, b: { from: Date; to: Date }) {
  return Lead.findAll({ where: { userId, ...inEitherWindow(a, b) } }); // expect: prunes [sq33b] cross
}

export async function lastLeadAt(userId: number) {
  return Lead.max('createdAt', { where: { userId } }); // expect: scans-all [sq33c]
}

export async function onDays(days: Date[]) {
  return Lead.findAll({ where: { createdAt: { [Op.in]: days } } }); // expect: prunes [sq33d]
}
