import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { DatabaseLeadStore } from '../database/DatabaseLeadStore';
import { deleteOutputsOlderThan } from '../database/operations/deleteOutputsOlderThan';

export async function scheduleOutputCleanup(options: { scheduler: SchedulerService; store: DatabaseLeadStore; logger: LoggerService }) {
  const { scheduler, store, logger } = options;
  await scheduler.scheduleTask({
    id: 'leads-output-cleanup',
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    fn: async () => {
      const before = new Date(Date.now() - 30 * 86400000);
      const deleted = await deleteOutputsOlderThan({ knex: store.client, before }); // expect: prunes [kx42g] cross
      logger.info(`Removed ${deleted} stale agent outputs`);
    },
  });
}
