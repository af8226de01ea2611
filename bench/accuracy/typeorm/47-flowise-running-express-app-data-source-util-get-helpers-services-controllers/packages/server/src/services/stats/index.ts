import { Lead } from '../../database/entities/Lead';
import { aMonthAgo } from '../../utils';
import { getRunningExpressApp } from '../../utils/getRunningExpressApp';

const getLeadStats = async (userId: string) => {
  const appServer = getRunningExpressApp();
  return await appServer.AppDataSource.getRepository(Lead)
    .createQueryBuilder('lead')
    .select('lead.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .where('lead.userId = :userId', { userId })
    .andWhere('lead.createdAt >= :since', { since: aMonthAgo() })
    .groupBy('lead.status')
    .getRawMany(); // expect: prunes [to47m]
};

export default { getLeadStats };
