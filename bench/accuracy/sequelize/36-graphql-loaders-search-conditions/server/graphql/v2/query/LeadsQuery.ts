import type { WhereOptions } from 'sequelize';
import { buildSearchConditions, getDateRangeWhere } from '../../../lib/search';
import models, { Op } from '../../../models';
import type { Loaders } from '../../loaders';

type Req = { remoteUser: { id: number }; loaders: Loaders };

export const LeadsQuery = {
  async resolve(_: unknown, args: { limit: number; offset: number; dateFrom?: Date; dateTo?: Date; status?: string }, req: Req) {
    const where: WhereOptions & Record<string, unknown> = { userId: req.remoteUser.id };
    if (args.status) {
      where.status = args.status;
    }
    if (args.dateFrom) {
      where.createdAt = { [Op.gte]: args.dateFrom };
    }
    if (args.dateTo) {
      where.createdAt = { ...(where.createdAt as object), [Op.lte]: args.dateTo };
    }

    const { rows, count } = await models.Lead.findAndCountAll({ where, limit: args.limit, offset: args.offset, order: [['createdAt', 'DESC']] }); // expect: scans-all [sq36a]
    return { nodes: rows, totalCount: count, limit: args.limit, offset: args.offset };
  },
};

export const SearchLeadsQuery = {
  async resolve(_: unknown, args: { searchTerm?: string }, req: Req) {
    return models.Lead.findAll({
      where: { userId: req.remoteUser.id, ...buildSearchConditions(args.searchTerm, { idFields: ['id'], textFields: ['company', 'email'] }) },
      limit: 50,
    }); // expect: scans-all [sq36d] cross
  },
};

export const LeadByEmailQuery = {
  async resolve(_: unknown, args: { email: string }, req: Req) {
    const lead = await models.Lead.findByEmail(args.email); // expect: scans-all [sq36f] cross
    if (!lead || lead.userId !== req.remoteUser.id) return null;
    const outputs = await req.loaders.AgentOutput.byLeadId.load(lead.id); // expect-also: [sq36b]
    const recent = await lead.getRecentOutputs(new Date(Date.now() - 7 * 86_400_000)); // expect-also: [sq36e]
    return { ...lead.get(), outputs, recent };
  },
};

export const LeadStatusReportQuery = {
  async resolve(_: unknown, args: { dateFrom: Date; dateTo: Date }, req: Req) {
    return models.Lead.count({
      where: { userId: req.remoteUser.id, ...getDateRangeWhere(args.dateFrom, args.dateTo) },
      group: ['status'],
    }); // expect: prunes [sq36g] cross
  },
};
