import { db } from '../db';

export interface LeadListOptions {
  since?: Date;
  status?: string;
}

export function listForUser(userId: number, opts: LeadListOptions = {}) {
  return db
    .selectFrom('leads')
    .selectAll()
    .where('user_id', '=', userId)
    .$if(opts.status !== undefined, (qb) => qb.where('status', '=', opts.status!))
    .$if(opts.since !== undefined, (qb) => qb.where('created_at', '>=', opts.since!));
}
