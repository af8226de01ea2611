import { subDays } from 'date-fns';

import { EVERY_DAY } from '@homarr/cron-jobs-core/expressions';
import { db, lt } from '@homarr/db';
import { agentOutputs } from '@homarr/db/schema';

import { createCronJob } from '../lib';

export const outputsCleanupJob = createCronJob('outputsCleanup', EVERY_DAY).withCallback(async () => {
  await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, subDays(new Date(), 30))); // expect: prunes [dz42j]
});
