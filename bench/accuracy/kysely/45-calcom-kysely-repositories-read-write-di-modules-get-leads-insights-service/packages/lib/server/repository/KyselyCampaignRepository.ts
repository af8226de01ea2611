import type { Kysely } from 'kysely';
import type { KyselyDatabase } from '@calcom/kysely';

export class KyselyCampaignRepository {
  constructor(
    private readonly readDb: Kysely<KyselyDatabase>,
    private readonly writeDb: Kysely<KyselyDatabase>
  ) {}

  async findById(params: { id: number }) {
    const campaign = await this.readDb.selectFrom('campaigns').select(['id', 'user_id', 'name', 'archived']).where('id', '=', params.id).executeTakeFirst(); // expect: scans-all [ky45h]
    return campaign ?? null;
  }

  async findByIdAndUserId(params: { id: number; userId: number }) {
    return this.readDb
      .selectFrom('campaigns')
      .select(['id', 'name', 'archived'])
      .where('id', '=', params.id)
      .where('user_id', '=', params.userId)
      .executeTakeFirst(); // expect: prunes [ky45f]
  }

  async deleteById(params: { id: number }) {
    const campaign = await this.findById(params);
    if (!campaign) throw new Error(`Campaign with id ${params.id} not found`);
    await this.writeDb.deleteFrom('campaigns').where('id', '=', params.id).execute(); // expect: scans-all [ky45g]
    return campaign;
  }
}
