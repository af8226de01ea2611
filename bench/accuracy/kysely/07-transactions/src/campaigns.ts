import { db } from './database';

export async function archiveUserCampaigns(userId: number) {
  return db.transaction().execute(async (trx) => {
    const live = await trx.selectFrom('campaigns').select('id').where('user_id', '=', userId).where('archived', '=', false).execute(); // expect: prunes [ky07a]
    await trx.updateTable('campaigns').set({ archived: true }).where('id', 'in', live.map((c) => c.id)).execute(); // expect: scans-all [ky07b]
    return live.length;
  });
}
