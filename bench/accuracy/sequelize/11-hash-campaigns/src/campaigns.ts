import { Op } from 'sequelize';
import { Campaign } from './models/campaign';

export async function ofUsers(ids: number[]) {
  return Campaign.findAll({ where: { userId: { [Op.in]: ids } } }); // expect: prunes [sq11a]
}

export async function byId(id: number) {
  return Campaign.findOne({ where: { id } }); // expect: scans-all [sq11b]
}

export async function archive(userId: number, id: number) {
  await Campaign.update({ archived: true }, { where: { userId, id } }); // expect: prunes [sq11c]
}
