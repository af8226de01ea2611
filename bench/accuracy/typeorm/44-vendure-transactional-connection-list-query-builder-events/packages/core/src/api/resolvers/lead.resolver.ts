import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { startOfMonth, subDays } from 'date-fns';
import { Ctx } from '../decorators/request-context.decorator';
import { Allow } from '../decorators/allow.decorator';
import { Transaction } from '../decorators/transaction.decorator';
import { RequestContext } from '../common/request-context';
import { ID } from '../../entity/base/base.entity';
import { LeadService, UpdateLeadInput } from '../../service/services/lead.service';
import { AgentOutputService } from '../../service/services/agent-output.service';
import { CampaignService } from '../../service/services/campaign.service';
import { ListQueryOptions } from '../../service/helpers/list-query-builder/list-query-builder';

@Resolver('Lead')
export class LeadResolver {
    constructor(
        private leadService: LeadService,
        private agentOutputService: AgentOutputService,
        private campaignService: CampaignService,
    ) {}

    @Query()
    @Allow('ReadLead')
    async leads(@Ctx() ctx: RequestContext, @Args() args: { options?: ListQueryOptions }) {
        return this.leadService.findAll(ctx, ctx.activeUserId, args.options);
    }

    @Query()
    @Allow('ReadLead')
    async recentLeads(@Ctx() ctx: RequestContext) {
        return this.leadService.findRecent(ctx, ctx.activeUserId, subDays(new Date(), 7));
    }

    @Query()
    @Allow('ReadLead')
    async lead(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.leadService.findOneWithOutputs(ctx, args.id, ctx.activeUserId);
    }

    @Query()
    @Allow('ReadLead')
    async leadStatusCounts(@Ctx() ctx: RequestContext, @Args() args: { from?: string }) {
        const from = args.from ? new Date(args.from) : startOfMonth(new Date());
        return this.leadService.getStatusCounts(ctx, ctx.activeUserId, from);
    }

    @Query()
    @Allow('ReadLead')
    async leadOutputs(@Ctx() ctx: RequestContext, @Args() args: { leadId: ID; start?: string; end?: string }) {
        const end = args.end ? new Date(args.end) : new Date();
        const start = args.start ? new Date(args.start) : subDays(end, 30);
        return this.agentOutputService.findForLead(ctx, args.leadId, { start, end });
    }

    @Transaction()
    @Mutation()
    @Allow('UpdateLead')
    async updateLead(@Ctx() ctx: RequestContext, @Args() args: { input: UpdateLeadInput }) {
        return this.leadService.update(ctx, args.input);
    }

    @Transaction()
    @Mutation()
    @Allow('DeleteLead')
    async deleteLead(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.leadService.delete(ctx, args.id);
    }

    @Query()
    @Allow('ReadCampaign')
    async campaigns(@Ctx() ctx: RequestContext) {
        return this.campaignService.findAll(ctx, ctx.activeUserId);
    }

    @Transaction()
    @Mutation()
    @Allow('UpdateCampaign')
    async archiveCampaign(@Ctx() ctx: RequestContext, @Args() args: { id: ID }) {
        return this.campaignService.archive(ctx, args.id);
    }
}
