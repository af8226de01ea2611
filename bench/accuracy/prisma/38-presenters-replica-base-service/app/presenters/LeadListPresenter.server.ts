import { type LeadListFilters, leadListWhere } from '../utils/filters';
import { BasePresenter } from './basePresenter.server';

const PAGE_SIZE = 25;

export class LeadListPresenter extends BasePresenter {
  public async call(filters: LeadListFilters & { cursor?: bigint }) {
    const leads = await this._replica.lead.findMany({
      where: leadListWhere(filters),
      orderBy: { id: 'desc' },
      take: PAGE_SIZE + 1,
      select: { id: true, company: true, email: true, status: true, createdAt: true },
    }); // expect: scans-all [pr38a] cross

    const hasMore = leads.length > PAGE_SIZE;
    return { leads: leads.slice(0, PAGE_SIZE), hasMore };
  }
}
