import { db } from '../db';

export const leadsOfUserSince = (userId: number, since: Date) =>
  db.selectFrom('leads').selectAll().where('userId', '=', userId).where('createdAt', '>=', since);

export const outputsOfLead = (leadId: number) => db.selectFrom('agentOutputs').selectAll().where('leadId', '=', leadId).orderBy('createdAt', 'desc');

export const setStatus = (id: number, createdAt: Date, status: string) =>
  db.updateTable('leads').set({ status }).where('id', '=', id).where('createdAt', '=', createdAt);

export const leadsOfCampaign = (campaignId: number) => db.selectFrom('leads').select(['id', 'email']).where('campaignId', '=', campaignId);
