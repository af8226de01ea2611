import { Op, type FindOptions } from 'sequelize';

export const ownedBy = (userId: number): FindOptions => ({ where: { userId } });

export const createdBetween = (from: Date, to: Date): FindOptions => ({ where: { createdAt: { [Op.gte]: from, [Op.lt]: to } } });
