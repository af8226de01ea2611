import type { Knex } from 'knex';
import AgentOutputModel from './AgentOutputModel';
import CampaignModel from './CampaignModel';
import LeadModel from './LeadModel';

export class Models {
  private db_: Knex;

  constructor(db: Knex) {
    this.db_ = db;
  }

  public lead() {
    return new LeadModel(this.db_, newModelFactory(this.db_));
  }

  public agentOutput() {
    return new AgentOutputModel(this.db_, newModelFactory(this.db_));
  }

  public campaign() {
    return new CampaignModel(this.db_, newModelFactory(this.db_));
  }
}

export default function newModelFactory(db: Knex): () => Models {
  return () => new Models(db);
}
