import { Op } from 'sequelize';

export const recentWhere = (days: number) => ({ createdAt: { [Op.gte]: new Date(Date.now() - days * 86_400_000) } });

export const pagination = (page: number, perPage = 25) => ({ limit: perPage, offset: (page - 1) * perPage });
