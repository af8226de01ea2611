import type { QueryBuilder } from 'objection';
import { AgentOutput } from '../models/AgentOutput';
import { Lead } from '../models/Lead';

const createdSince = (since: Date) => (qb: QueryBuilder<AgentOutput>) => {
  qb.where('created_at', '>=', since);
};

export async function timelineWithOutputs(userId: number, since: Date) {
  return Lead.query()
    .where('user_id', userId)
    .where('created_at', '>=', since)
    .withGraphFetched('outputs'); // expect: scans-all [ob28a]
}

export async function timelineWithRecentOutputs(userId: number, since: Date) {
  return Lead.query()
    .where('user_id', userId)
    .where('created_at', '>=', since)
    .withGraphFetched('outputs(recent)')
    .modifiers({ recent: createdSince(since) }); // expect: prunes [ob28b] cross
}

export async function emailsOfCompany(company: string, since: Date) {
  return Lead.query()
    .where('company', company)
    .where('created_at', '>=', since)
    .withGraphFetched('outputs')
    .modifyGraph('outputs', (qb) => qb.where('kind', 'email')); // expect: scans-all [ob28c]
}

export async function leadByKey(id: number, createdAt: Date) {
  return Lead.query().findById([id, createdAt]); // expect: prunes [ob28d]
}
