import type { Transaction } from 'objection';
import { AgentOutput } from '../models/AgentOutput';
import { Lead } from '../models/Lead';

export interface TrxOptions {
  trx?: Transaction;
}

export function moveLeads(fromCampaign: number, toCampaign: number, { trx }: TrxOptions = {}) {
  return Lead.query(trx).patch({ campaign_id: toCampaign }).where('campaign_id', fromCampaign);
}

export function deleteOutputsBefore(leadIds: number[], before: Date, { trx }: TrxOptions = {}) {
  return AgentOutput.query(trx).delete().whereIn('lead_id', leadIds).where('created_at', '<', before);
}

export function leadsOfUser(userId: number, range: { from: Date; to: Date }) {
  return Lead.query()
    .where('user_id', userId)
    .modify((qb) => {
      if (range) qb.whereBetween('created_at', [range.from, range.to]);
    });
}

export function leadsByIds(ids: number[], { trx }: TrxOptions = {}) {
  return Lead.query(trx).findByIds(ids).select('id', 'status');
}
