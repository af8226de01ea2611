import models, { Op } from '../../../../models';
import { buildSearchConditions, getDateRangeWhere } from '../../../../lib/sql-search';

type LeadsArgs = { searchTerm?: string; status?: string[]; dateFrom?: Date; dateTo?: Date; limit: number; offset: number; orderBy: { direction: 'ASC' | 'DESC' } };

export const LeadsCollectionResolver = async (args: LeadsArgs, req: { remoteUser: { id: number } }) => {
  const where: Record<string | symbol, unknown>[] = [{ userId: req.remoteUser.id }];
  const searchConditions = buildSearchConditions(args.searchTerm, { textFields: ['company', 'email'] });
  if (searchConditions.length) {
    where.push({ [Op.or]: searchConditions });
  }
  if (args.status?.length) {
    where.push({ status: { [Op.in]: args.status } });
  }
  if (args.dateFrom) {
    where.push({ createdAt: { [Op.gte]: args.dateFrom } });
  }
  if (args.dateTo) {
    where.push({ createdAt: { [Op.lte]: args.dateTo } });
  }

  const { rows, count } = await models.Lead.findAndCountAll({
    where: { [Op.and]: where },
    order: [['createdAt', args.orderBy.direction]],
    offset: args.offset,
    limit: args.limit,
  }); // expect: scans-all [sq45f] cross
  return { nodes: rows, totalCount: count, limit: args.limit, offset: args.offset };
};

export const LeadsStatsResolver = async (args: { dateFrom?: Date; dateTo?: Date }, req: { remoteUser: { id: number } }) => {
  return models.Lead.count({
    where: { userId: req.remoteUser.id, ...getDateRangeWhere(args) },
    group: ['status'],
  }); // expect: prunes [sq45g] cross
};
