import { Lead } from '../models/Lead';

export interface ListOptions {
  page?: number;
  since?: Date;
}

export class LeadService {
  list(userId: number, { page = 0, since }: ListOptions = {}) {
    const query = Lead.ofUser(userId).orderBy('created_at', 'desc');
    if (since) query.where('created_at', '>=', since);
    return query.page(page, 25);
  }

  async close(ids: number[]) {
    return Lead.transaction(async (trx) => {
      return Lead.query(trx).patch({ status: 'closed' }).whereIn('id', ids); // expect: scans-all [ob27d]
    });
  }
}
