import { getDailyLeadCounts, getLeadsForDigest } from '../services/lead.service';
import { createJob } from './job';

export const sendDigests = createJob('send-digests', '0 8 * * 1', async () => {
  const userIds = (process.env.DIGEST_USERS ?? '').split(',').filter(Boolean).map(BigInt);
  for (const userId of userIds) {
    const leads = await getLeadsForDigest({ userId });
    const counts = await getDailyLeadCounts({ userId });
    void { leads, counts };
  }
});
