import { Op, type FindAndCountOptions, type WhereOptions } from 'sequelize';

export interface LeadFilters {
  userId: number;
  status?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

/** Builds the findAndCountAll options of the lead list from the request filters. */
export function buildLeadQuery(filters: LeadFilters): FindAndCountOptions {
  const where: WhereOptions = { userId: filters.userId };
  if (filters.status) Object.assign(where, { status: filters.status });
  if (filters.from && filters.to) Object.assign(where, { createdAt: { [Op.between]: [filters.from, filters.to] } });
  const page = filters.page ?? 1;
  return { where, limit: 50, offset: (page - 1) * 50, order: [['createdAt', 'DESC']] };
}
