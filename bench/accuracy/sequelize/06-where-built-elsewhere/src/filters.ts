import { Op, type WhereOptions } from 'sequelize';

export interface Filters {
  status?: string;
  from?: Date;
}

export function leadWhere(f: Filters): WhereOptions {
  const where: Record<string | symbol, unknown> = {};
  if (f.status) where.status = f.status;
  if (f.from) where.createdAt = { [Op.gte]: f.from };
  return where;
}
