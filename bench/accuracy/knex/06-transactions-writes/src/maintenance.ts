import { db } from './db';

export async function archiveStale(cutoff: Date) {
  await db.transaction(async (trx) => {
    await trx('leads').where({ status: 'stale' }).update({ status: 'archived' }); // expect: scans-all [kx06a]
    await trx('agent_outputs').where('created_at', '<', cutoff).del(); // expect: prunes [kx06b]
  });
}

export async function reassign(fromCampaign: number, toCampaign: number) {
  return db('leads').where('campaign_id', fromCampaign).update({ campaign_id: toCampaign }); // expect: scans-all [kx06c]
}
