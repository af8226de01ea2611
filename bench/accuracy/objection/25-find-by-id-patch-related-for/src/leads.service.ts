import { Lead } from './models/Lead';

export class LeadService {
  async setStatus(id: number, status: string) {
    return Lead.query().findById(id).patch({ status }); // expect: scans-all [ob25a]
  }

  async remove(id: number) {
    return Lead.query().deleteById(id); // expect: scans-all [ob25b]
  }

  async removeDated(id: number, createdAt: Date) {
    return Lead.query().delete().where({ id, created_at: createdAt }); // expect: prunes [ob25c]
  }

  async recentOutputsOf(ids: number[], since: Date) {
    return Lead.relatedQuery('outputs').for(ids).where('created_at', '>=', since); // expect: prunes [ob25d]
  }
}
