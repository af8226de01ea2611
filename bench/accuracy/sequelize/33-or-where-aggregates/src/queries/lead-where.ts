import { Op, type WhereOptions } from 'sequelize';

export const recentOrVip = (since: Date): WhereOptions => ({ [Op.or]: [{ createdAt: { [Op.gte]: since } }, { status: 'vip' }] });

export const inEitherWindow = (a: { from: Date; to: Date }, b: { from: Date; to: Date }): WhereOptions => ({
  [Op.or]: [{ createdAt: { [Op.gte]: a.from, [Op.lt]: a.to } }, { createdAt: { [Op.gte]: b.from, [Op.lt]: b.to } }],
});
