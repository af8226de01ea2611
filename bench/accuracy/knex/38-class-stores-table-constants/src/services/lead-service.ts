import type { ILead, IUnleashStores } from '../types/stores';

export class LeadService {
  private leadStore: IUnleashStores['leadStore'];

  constructor({ leadStore }: Pick<IUnleashStores, 'leadStore'>) {
    this.leadStore = leadStore;
  }

  async getLeads(userId: number): Promise<ILead[]> {
    return this.leadStore.getAll({ user_id: userId }); // expect: scans-all [kx38a] cross
  }

  async getLeadsThisWeek(userId: number): Promise<ILead[]> {
    return this.leadStore.getCreatedSince(userId, new Date(Date.now() - 7 * 86_400_000));
  }

  async countOpen(userId: number): Promise<number> {
    return this.leadStore.count({ user_id: userId, status: 'new' }); // expect: scans-all [kx38d] cross
  }
}
