import type { IUnleashStores } from '../db/index';
import type { IQueryParam } from '../features/lead-search/search-utils';

export class LeadService {
  private leadStore: IUnleashStores['leadStore'];

  private agentOutputStore: IUnleashStores['agentOutputStore'];

  private leadSearchStore: IUnleashStores['leadSearchStore'];

  constructor({ leadStore, agentOutputStore, leadSearchStore }: Pick<IUnleashStores, 'leadStore' | 'agentOutputStore' | 'leadSearchStore'>) {
    this.leadStore = leadStore;
    this.agentOutputStore = agentOutputStore;
    this.leadSearchStore = leadSearchStore;
  }

  async getLead(id: number) {
    const lead = await this.leadStore.get(id);
    if (!lead) throw new Error(`Lead ${id} not found`);
    const outputs = await this.agentOutputStore.getForLead(id);
    return { ...lead, outputs };
  }

  async markWon(id: number) {
    const lead = await this.leadStore.get(id);
    if (!lead) throw new Error(`Lead ${id} not found`);
    await this.leadStore.setStatus(lead.id, lead.createdAt, 'won');
    return this.leadStore.getVersion(lead.id, lead.createdAt);
  }

  async search(userId: number, query: { q?: string; status?: string; from?: string; offset?: string; limit?: string }) {
    const queryParams: IQueryParam[] = [];
    if (query.status) queryParams.push({ field: 'status', operator: 'IS_ANY_OF', values: query.status.split(',') });
    if (query.from) queryParams.push({ field: 'created_at', operator: 'IS_ON_OR_AFTER', values: [query.from] });
    return this.leadSearchStore.searchLeads(
      { userId, searchParams: query.q ? query.q.split(',') : undefined, offset: Number(query.offset ?? 0), limit: Number(query.limit ?? 50) },
      queryParams,
    );
  }

  async getStats(userId: number, since: Date) {
    const [recent, all, window] = await Promise.all([
      this.leadStore.getAll({ userId, since }),
      this.leadStore.count(),
      this.leadSearchStore.getLeadsCreatedBetween(userId, since, new Date()),
    ]);
    return { recent: recent.length, total: all, window: window.length };
  }
}
