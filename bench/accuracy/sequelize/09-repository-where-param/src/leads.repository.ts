import type { WhereOptions } from 'sequelize';
import { Lead } from './models/lead';

export function findLeads(where: WhereOptions, limit = 50) {
  return Lead.findAll({ where, limit, order: [['createdAt', 'DESC']] }); // expect-also: [sq09a]
}
