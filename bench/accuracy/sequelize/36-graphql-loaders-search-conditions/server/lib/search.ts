import { Op, type WhereOptions } from 'sequelize';

/** The conditions of a free-text search over some text fields, and an exact match on id fields for numbers. */
export const buildSearchConditions = (searchTerm: string | undefined, { idFields = [], textFields = [] }: { idFields?: string[]; textFields?: string[] }): WhereOptions => {
  const term = searchTerm?.trim();
  if (!term) {
    return {};
  }
  const conditions: WhereOptions[] = textFields.map((field) => ({ [field]: { [Op.iLike]: `%${term}%` } }));
  if (/^\d+$/.test(term)) {
    conditions.push(...idFields.map((field) => ({ [field]: Number(term) })));
  }
  return { [Op.or]: conditions };
};

/** A createdAt range for reports; both ends are required by the report's arguments. */
export const getDateRangeWhere = (dateFrom: Date, dateTo: Date) => ({
  createdAt: { [Op.gte]: dateFrom, [Op.lt]: dateTo },
});
