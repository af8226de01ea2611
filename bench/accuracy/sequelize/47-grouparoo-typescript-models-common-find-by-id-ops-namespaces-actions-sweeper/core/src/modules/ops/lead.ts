import Moment from 'moment';
import { Op, type WhereOptions } from 'sequelize';
import { Lead } from '../../models/Lead';

export namespace LeadOps {
  // The listing's conditions, from the action's params.
  export function buildWhere(userId: string, params: { state?: string; company?: string }) {
    const where: WhereOptions = { userId };
    if (params.state) where['status'] = params.state;
    if (params.company) where['company'] = { [Op.iLike]: `%${params.company}%` };
    return where;
  }

  export async function markStale(userId: string, days = 30) {
    return Lead.update({ status: 'stale' }, { where: { userId, status: 'new', createdAt: { [Op.lt]: Moment().subtract(days, 'days').toDate() } } }); // expect: prunes [sq47g]
  }

  export async function statusCounts(userId: string) {
    return Lead.count({
      where: { userId, createdAt: { [Op.gte]: Moment().startOf('month').toDate() } },
      group: ['status'],
    }); // expect: prunes [sq47h]
  }
}
