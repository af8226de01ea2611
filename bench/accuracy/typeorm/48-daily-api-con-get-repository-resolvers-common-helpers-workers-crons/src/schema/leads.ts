import { In } from 'typeorm';
import type { Context } from '../Context';
import { AgentOutput, Campaign, Lead } from '../entity';
import { ensureLeadAccess, getLeadsQueryBuilder, ownedLeadsWhere } from '../common/leads';
import { queryReadReplica } from '../common/queryReadReplica';

const DAY = 24 * 60 * 60 * 1000;

export const resolvers = {
  Query: {
    lead: async (_: unknown, { id }: { id: string }, ctx: Context): Promise<Lead> => ctx.con.getRepository(Lead).findOneByOrFail({ id }), // expect: scans-all [to48b]

    recentLeads: async (_: unknown, __: unknown, ctx: Context): Promise<Lead[]> =>
      queryReadReplica(ctx.con, ({ queryRunner }) =>
        queryRunner.manager.getRepository(Lead).find({ where: ownedLeadsWhere(ctx.userId, new Date(Date.now() - 7 * DAY)), order: { createdAt: 'DESC' }, take: 50 }), // expect: prunes [to48c] cross
      ),

    allLeads: async (_: unknown, { first }: { first?: number }, ctx: Context): Promise<Lead[]> =>
      ctx.con.getRepository(Lead).find({ where: ownedLeadsWhere(ctx.userId), order: { createdAt: 'DESC' }, take: first ?? 50 }), // expect: scans-all [to48d] cross

    leadsByStatus: async (_: unknown, { status }: { status: string }, ctx: Context): Promise<Lead[]> =>
      getLeadsQueryBuilder(ctx.con, ctx.userId).andWhere('l.status = :status', { status }).getMany(), // expect: scans-all [to48e] cross

    leadsInPeriod: async (_: unknown, { from, to }: { from: Date; to: Date }, ctx: Context): Promise<Lead[]> =>
      getLeadsQueryBuilder(ctx.con, ctx.userId).andWhere('l.createdAt >= :from', { from }).andWhere('l.createdAt < :to', { to }).getMany(), // expect: prunes [to48f] cross

    leadStats: async (_: unknown, __: unknown, ctx: Context) =>
      ctx.con
        .getRepository(Lead)
        .createQueryBuilder('l')
        .select('l.status', 'status')
        .addSelect('count(*)', 'count')
        .where('l.userId = :userId', { userId: ctx.userId })
        .groupBy('l.status')
        .getRawMany(), // expect: scans-all [to48g]

    leadOutputs: async (_: unknown, { leadId }: { leadId: string }, ctx: Context): Promise<AgentOutput[]> =>
      ctx.con.getRepository(AgentOutput).find({ where: { leadId }, order: { createdAt: 'DESC' }, take: 20 }), // expect: scans-all [to48h]

    campaigns: async (_: unknown, __: unknown, ctx: Context): Promise<Campaign[]> =>
      ctx.con.getRepository(Campaign).find({ where: { userId: ctx.userId, archived: false }, order: { name: 'ASC' } }), // expect: prunes [to48i]
  },
  Mutation: {
    deleteLead: async (_: unknown, { id }: { id: string }, ctx: Context) => {
      const lead = await ensureLeadAccess(ctx.con, id, ctx.userId);
      await ctx.con.getRepository(Lead).delete({ id: lead.id, createdAt: lead.createdAt }); // expect: prunes [to48j]
      return { _: true };
    },
    archiveCampaign: async (_: unknown, { id }: { id: string }, ctx: Context) => {
      await ctx.con.getRepository(Campaign).update({ id, userId: ctx.userId }, { archived: true }); // expect: prunes [to48k]
      return { _: true };
    },
    archiveCampaigns: async (_: unknown, { userIds }: { userIds: string[] }, ctx: Context) => {
      await ctx.con.getRepository(Campaign).update({ userId: In(userIds) }, { archived: true }); // expect: prunes [to48l]
      return { _: true };
    },
  },
};
