import { z } from "zod"
import { PaginateInputSchema } from "../../../../core/src/utils/db-utils"
import { protectedProcedure, t } from "../../trpc"

const PeriodSchema = z.object({ start: z.date(), end: z.date() })

export const leadRouter = t.router({
  get: protectedProcedure.input(z.string()).query(({ input, ctx }) => ctx.leadService.getLead(input)),
  getWithLatestOutput: protectedProcedure
    .input(z.object({ id: z.string(), createdAt: z.date() }))
    .query(({ input, ctx }) => ctx.leadService.getLeadWithLatestOutput(input.id, input.createdAt)),
  all: protectedProcedure
    .input(PaginateInputSchema)
    .query(({ input, ctx }) => ctx.leadService.getLeads(input.take, input.cursor)),
  allByUser: protectedProcedure
    .input(PaginateInputSchema)
    .query(({ input, ctx }) => ctx.leadService.getLeadsForUser(ctx.principal, input.take, input.cursor)),
  recent: protectedProcedure
    .input(PaginateInputSchema)
    .query(({ input, ctx }) => ctx.leadService.getRecentLeadsForUser(ctx.principal, input)),
  statusBreakdown: protectedProcedure
    .input(PeriodSchema)
    .query(({ input, ctx }) => ctx.leadService.getStatusBreakdown(ctx.principal, input)),
  outputs: protectedProcedure
    .input(z.object({ leadId: z.string(), paging: PaginateInputSchema }))
    .query(({ input, ctx }) => ctx.agentOutputRepository.getAllByLeadId(input.leadId, input.paging.take, input.paging.cursor)),
  outputsSince: protectedProcedure
    .input(z.object({ since: z.date() }))
    .query(({ input, ctx }) => ctx.agentOutputRepository.getAllForUserLeadsSince(ctx.principal, input.since)),
  update: protectedProcedure
    .input(z.object({ id: z.string(), createdAt: z.date(), status: z.string() }))
    .mutation(({ input, ctx }) => ctx.leadService.updateLead(input.id, input.createdAt, { status: input.status })),
})

export const campaignRouter = t.router({
  get: protectedProcedure.input(z.string()).query(({ input, ctx }) => ctx.campaignService.getCampaign(input)),
  mine: protectedProcedure
    .input(PaginateInputSchema)
    .query(({ input, ctx }) => ctx.campaignService.getCampaignsForUser(ctx.principal, input)),
  leads: protectedProcedure
    .input(z.object({ campaignId: z.string(), paging: PaginateInputSchema }))
    .query(({ input, ctx }) => ctx.campaignService.getCampaignLeads(input.campaignId, input.paging)),
  archive: protectedProcedure
    .input(z.string())
    .mutation(({ input, ctx }) => ctx.campaignService.archiveCampaign(input, ctx.principal)),
})
