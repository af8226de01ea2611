import type { AccountDb } from '../db/index';

export type AvailabilityFlags = {
  includeArchived?: boolean;
};

export const selectLeadQB = (db: AccountDb, flags?: AvailabilityFlags) => {
  const { includeArchived = false } = flags ?? {};
  return db.db
    .selectFrom('leads')
    .leftJoin('campaigns', (join) => join.onRef('campaigns.id', '=', 'leads.campaign_id').onRef('campaigns.user_id', '=', 'leads.user_id'))
    .selectAll('leads')
    .select('campaigns.name as campaignName')
    .$if(!includeArchived, (qb) => qb.where('leads.status', '!=', 'archived'));
};

export const getLead = async (db: AccountDb, id: number, flags?: AvailabilityFlags) => {
  const found = await selectLeadQB(db, flags).where('leads.id', '=', id).executeTakeFirst(); // expect-also: [ky38a]
  return found ?? null;
};

export const getLeadByEmail = async (db: AccountDb, email: string, flags?: AvailabilityFlags) => {
  const found = await selectLeadQB(db, flags).where('leads.email', '=', email.toLowerCase()).executeTakeFirst(); // expect-also: [ky38h]
  return found ?? null;
};

export const getLeadsInWindow = async (db: AccountDb, userId: number, since: Date, until: Date) => {
  return selectLeadQB(db).where('leads.user_id', '=', userId).where('leads.created_at', '>=', since).where('leads.created_at', '<', until).orderBy('leads.created_at', 'desc').execute();
};

export const updateLeadStatus = async (db: AccountDb, id: number, createdAt: Date, status: string) => {
  await db.executeWithRetry(db.db.updateTable('leads').set({ status }).where('id', '=', id).where('created_at', '=', createdAt)); // expect: prunes [ky38d] cross
};

export const deleteLeadOutputs = async (db: AccountDb, leadId: number) => {
  await db.executeWithRetry(db.db.deleteFrom('agent_outputs').where('lead_id', '=', leadId)); // expect: scans-all [ky38e] cross
};
