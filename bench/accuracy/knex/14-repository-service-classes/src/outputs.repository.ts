import type { Knex } from 'knex';

export class OutputsRepository {
  constructor(private readonly knex: Knex) {}

  ofLead(leadId: number) {
    return this.knex('agent_outputs').where('lead_id', leadId);
  }
}
