import { Injectable } from '@nestjs/common';
import knexFactory, { type Knex } from 'knex';
import { AgentOutput, Campaign, Lead } from 'fxa-shared/db/models/auth';

@Injectable()
export class DatabaseService {
  public knex: Knex;
  public lead: typeof Lead;
  public agentOutput: typeof AgentOutput;
  public campaign: typeof Campaign;

  constructor() {
    this.knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
    this.lead = Lead.bindKnex(this.knex);
    this.agentOutput = AgentOutput.bindKnex(this.knex);
    this.campaign = Campaign.bindKnex(this.knex);
  }
}
