import type { Kysely } from 'kysely';
import type { KyselyDatabase } from '@calcom/kysely';

export class KyselyLeadRepository {
  constructor(
    private readonly readDb: Kysely<KyselyDatabase>,
    private readonly writeDb: Kysely<KyselyDatabase>
  ) {}

  async findById(params: { id: number }) {
    const lead = await this.readDb
      .selectFrom('leads')
      .select(['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'])
      .where('id', '=', params.id)
      .executeTakeFirst(); // expect: scans-all [ky45a]
    return lead ?? null;
  }

  async findForUserInRange(params: { userId: number; startDate: Date; endDate: Date }) {
    return this.readDb
      .selectFrom('leads')
      .select(['id', 'company', 'status', 'created_at'])
      .where('user_id', '=', params.userId)
      .where('created_at', '>=', params.startDate)
      .where('created_at', '<', params.endDate)
      .orderBy('created_at', 'asc')
      .execute(); // expect: prunes [ky45b]
  }

  async updateStatus(params: { id: number; createdAt: Date; status: string }) {
    await this.writeDb
      .updateTable('leads')
      .set({ status: params.status })
      .where('id', '=', params.id)
      .where('created_at', '=', params.createdAt)
      .execute(); // expect: prunes [ky45c]
  }

  async deleteByCampaignId(campaignId: number) {
    await this.writeDb.deleteFrom('leads').where('campaign_id', '=', campaignId).execute(); // expect: scans-all [ky45d]
  }

  async isEmailAvailable(params: { email: string; userId: number; excludeId?: number }): Promise<boolean> {
    let query = this.readDb.selectFrom('leads').select(['id']).where('email', '=', params.email).where('user_id', '=', params.userId);

    if (params.excludeId !== undefined) {
      query = query.where('id', '!=', params.excludeId);
    }

    const conflicting = await query.executeTakeFirst(); // expect: scans-all [ky45e]
    return !conflicting;
  }
}
