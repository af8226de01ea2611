import { findLeads } from '../../../server-only/lead/find-leads';
import { jobs } from '../../client';

export const SEND_WEEKLY_DIGEST_JOB_DEFINITION = jobs.defineJob<{ userId: number }>({
  id: 'internal.send-weekly-digest',
  name: 'Send Weekly Digest',
  version: '1.0.0',
  trigger: { name: 'internal.send-weekly-digest' },
  handler: async ({ payload, io }) => {
    const { data, count } = await findLeads({ userId: payload.userId, period: '7d', perPage: 20 }); // expect: prunes [pr48b] cross
    await io.runTask('send-digest-email', async () => ({ sent: data.length, total: count }));
  },
});
