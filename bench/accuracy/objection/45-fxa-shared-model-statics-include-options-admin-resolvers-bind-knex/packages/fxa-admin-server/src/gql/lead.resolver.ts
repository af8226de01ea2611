import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DatabaseService } from '../database/database.service';
import { leadsOfUserQuery, outputsOfLeadQuery } from '../lib/query-helpers';

@Resolver('Lead')
export class LeadResolver {
  constructor(private db: DatabaseService) {}

  @Query()
  public async leadByEmail(@Args('email') email: string) {
    return this.db.lead.query().where('email', email).withGraphFetched('campaign').first(); // expect: scans-all [ob45j]
  }

  @Query()
  public async leadsByUser(@Args('userId') userId: number) {
    return leadsOfUserQuery(this.db, userId).orderBy('created_at', 'desc').limit(100); // expect: scans-all [ob45h] cross
  }

  @Query()
  public async leadsWithRecentOutputs(@Args('userId') userId: number, @Args('since') since: Date) {
    return leadsOfUserQuery(this.db, userId).where('created_at', '>=', since).withGraphFetched('outputs(recent)'); // expect: prunes [ob45i] cross
  }

  @ResolveField()
  public async outputs(@Parent() lead: { id: number }) {
    return outputsOfLeadQuery(this.db, lead.id).orderBy('created_at', 'desc'); // expect: prunes [ob45f] cross
  }

  @ResolveField()
  public async campaign(@Parent() lead: { campaign_id: number; user_id: number }) {
    return this.db.campaign.query().findOne({ id: lead.campaign_id, user_id: lead.user_id }); // expect: prunes [ob45k]
  }

  @Mutation()
  public async archiveCampaigns(@Args('userId') userId: number) {
    await this.db.campaign.query().patch({ archived: true }).where('user_id', userId); // expect: prunes [ob45l]
    return true;
  }
}
