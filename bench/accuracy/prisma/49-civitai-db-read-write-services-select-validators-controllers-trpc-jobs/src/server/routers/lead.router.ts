import { z } from 'zod';
import { deleteLeadHandler, getLeadHandler, getLeadOutputsHandler, getLeadsPagedHandler, updateLeadStatusHandler } from '../controllers/lead.controller';
import { getMyCampaignsHandler, getCampaignHandler, archiveCampaignHandler } from '../controllers/campaign.controller';
import { MetricTimeframe } from '../utils/pagination';
import { protectedProcedure, router } from '../trpc';

const getByIdSchema = z.object({ id: z.bigint() });

export const leadRouter = router({
  getById: protectedProcedure.input(getByIdSchema).query(getLeadHandler),
  getPaged: protectedProcedure
    .input(z.object({ limit: z.number().default(20), page: z.number().optional(), status: z.string().optional(), period: z.nativeEnum(MetricTimeframe).default(MetricTimeframe.AllTime) }))
    .query(getLeadsPagedHandler),
  updateStatus: protectedProcedure.input(z.object({ id: z.bigint(), createdAt: z.date(), status: z.string() })).mutation(updateLeadStatusHandler),
  delete: protectedProcedure.input(getByIdSchema).mutation(deleteLeadHandler),
  getOutputs: protectedProcedure.input(z.object({ leadId: z.bigint(), limit: z.number().default(20), page: z.number().optional() })).query(getLeadOutputsHandler),
  getMyCampaigns: protectedProcedure.query(getMyCampaignsHandler),
  getCampaign: protectedProcedure.input(getByIdSchema).query(getCampaignHandler),
  archiveCampaign: protectedProcedure.input(getByIdSchema).mutation(archiveCampaignHandler),
});
