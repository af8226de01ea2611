import type { Knex } from 'knex';
import { AgentOutputsTableName, CampaignsTableName, type DbLead, LeadsTableName } from '../database/entities/leads';

type LeadModelArguments = {
  database: Knex;
};

export class LeadModel {
  private database: Knex;

  constructor(args: LeadModelArguments) {
    this.database = args.database;
  }

  async get(leadId: number): Promise<DbLead> {
    const [lead] = await this.database(LeadsTableName)
      .leftJoin(CampaignsTableName, `${CampaignsTableName}.id`, `${LeadsTableName}.campaign_id`)
      .select(`${LeadsTableName}.*`, `${CampaignsTableName}.name as campaign_name`)
      .where(`${LeadsTableName}.id`, leadId); // expect-also: [kx40a]
    if (lead === undefined) throw new Error(`Lead ${leadId} not found`);
    return lead;
  }

  async findForUserInPeriod(userId: number, from: Date, to: Date): Promise<DbLead[]> {
    return this.database(LeadsTableName)
      .select<DbLead[]>(`${LeadsTableName}.*`)
      .where(`${LeadsTableName}.user_id`, userId)
      .whereBetween(`${LeadsTableName}.created_at`, [from, to])
      .orderBy(`${LeadsTableName}.created_at`, 'desc');
  }

  async findByStatus(userId: number, status: string): Promise<DbLead[]> {
    return this.database(LeadsTableName).select('*').where({ user_id: userId, status }).orderBy('created_at', 'desc'); // expect-also: [kx40c]
  }

  async updateStatus(leadId: number, createdAt: Date, status: string): Promise<void> {
    await this.database(LeadsTableName).update({ status }).where(`${LeadsTableName}.id`, leadId).andWhere(`${LeadsTableName}.created_at`, createdAt);
  }

  async deleteOutputs(leadId: number): Promise<void> {
    await this.database(AgentOutputsTableName).delete().where('lead_id', leadId); // expect-also: [kx40e]
  }

  async deleteOutputsOlderThan(date: Date): Promise<number> {
    return this.database(AgentOutputsTableName).where('created_at', '<', date).delete();
  }

  async getCampaigns(userId: number) {
    return this.database(CampaignsTableName).select('id', 'name').where(`${CampaignsTableName}.user_id`, userId).andWhere('archived', false);
  }
}
