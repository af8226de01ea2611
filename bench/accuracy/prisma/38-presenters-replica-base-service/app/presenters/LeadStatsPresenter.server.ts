import { periodStart } from '../utils/filters';
import { BasePresenter } from './basePresenter.server';

export class LeadStatsPresenter extends BasePresenter {
  public async call({ userId, period = '7d' }: { userId: bigint; period?: string }) {
    const rows = await this._replica.lead.groupBy({
      by: ['status'],
      where: { userId, createdAt: { gte: periodStart(period) } },
      _count: { _all: true },
    }); // expect: prunes [pr38b] cross
    return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  }
}
