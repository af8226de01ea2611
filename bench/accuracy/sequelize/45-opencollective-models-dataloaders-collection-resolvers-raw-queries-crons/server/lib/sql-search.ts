import { Op } from 'sequelize';

export const buildSearchConditions = (searchTerm: string | undefined, fields: { textFields?: string[] }) => {
  if (!searchTerm) return [];
  const term = `%${searchTerm.replace(/[%_]/g, '')}%`;
  return (fields.textFields ?? []).map((field) => ({ [field]: { [Op.iLike]: term } }));
};

export const getDateRangeWhere = (args: { dateFrom?: Date; dateTo?: Date }) => {
  const dateFrom = args.dateFrom ?? new Date(new Date().getFullYear(), new Date().getMonth(), 1);
  const dateTo = args.dateTo ?? new Date();
  return { createdAt: { [Op.gte]: dateFrom, [Op.lt]: dateTo } };
};
