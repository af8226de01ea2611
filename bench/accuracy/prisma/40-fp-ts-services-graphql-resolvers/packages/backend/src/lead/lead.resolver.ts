import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { LEAD_NOT_FOUND } from '../errors';
import { LeadService } from './lead.service';

type AuthUser = { uid: bigint };
type LeadRef = { id: bigint; createdAt: Date };

@Resolver('Lead')
export class LeadResolver {
  constructor(private readonly leadService: LeadService) {}

  @Query()
  async myLeads(@Args('user') user: AuthUser, @Args('take') take: number) {
    return this.leadService.fetchUserLeads(user.uid, take, 'new'); // expect: scans-all [pr40a] cross
  }

  @Query()
  async myLeadsInRange(@Args('user') user: AuthUser, @Args('from') from: string, @Args('to') to: string) {
    return this.leadService.fetchLeadsInRange(user.uid, new Date(from), new Date(to)); // expect: prunes [pr40b] cross
  }

  @Query()
  async lead(@Args('id') id: string) {
    const lead = await this.leadService.getLead(BigInt(id)); // expect: scans-all [pr40c] cross
    if (O.isNone(lead)) throw new Error(LEAD_NOT_FOUND);
    return lead.value;
  }

  @ResolveField()
  async details(@Parent() lead: LeadRef) {
    const result = await this.leadService.getLeadWithOutputs(lead.id, lead.createdAt); // expect: prunes [pr40h] cross
    if (E.isLeft(result)) throw new Error(result.left);
    return result.right;
  }

  @Mutation()
  async clearLeadOutputs(@Args('leadId') leadId: string) {
    const result = await this.leadService.deleteAllOutputs(BigInt(leadId)); // expect: scans-all [pr40d] cross
    return E.isRight(result) ? result.right : 0;
  }

  @Mutation()
  async setLeadStatus(@Args('lead') lead: LeadRef, @Args('status') status: string) {
    const result = await this.leadService.updateLeadStatus(lead.id, lead.createdAt, status);
    if (E.isLeft(result)) throw new Error(result.left);
    return result.right;
  }

  @Query()
  async campaign(@Args('user') user: AuthUser, @Args('id') id: string) {
    const result = await this.leadService.getCampaign(BigInt(id), user.uid); // expect: prunes [pr40f] cross
    if (E.isLeft(result)) throw new Error(result.left);
    return result.right;
  }
}
