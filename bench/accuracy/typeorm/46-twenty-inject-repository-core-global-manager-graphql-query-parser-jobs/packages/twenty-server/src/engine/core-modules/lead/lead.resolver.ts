import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LeadService } from './lead.service';
import { Lead } from './lead.entity';

@Resolver(() => Lead)
export class LeadResolver {
  constructor(private readonly leadService: LeadService) {}

  @Query(() => [Lead])
  async recentLeads(@Args('userId') userId: string) {
    return this.leadService.findRecentForUser(userId);
  }

  @Mutation(() => Lead)
  async markLeadWon(@Args('id') id: string) {
    const lead = await this.leadService.findById(id);
    if (!lead) throw new Error('Lead not found');
    await this.leadService.updateStatus(lead.id, lead.createdAt, 'won');
    return lead;
  }

  @Mutation(() => Boolean)
  async deleteLead(@Args('id') id: string) {
    await this.leadService.deleteLead(id);
    return true;
  }
}
