import type { AccountDb } from '../db/index';

export const getCampaigns = async (db: AccountDb, userId: number) => {
  return db.db.selectFrom('campaigns').selectAll().where('user_id', '=', userId).where('archived', '=', false).orderBy('name').execute();
};
