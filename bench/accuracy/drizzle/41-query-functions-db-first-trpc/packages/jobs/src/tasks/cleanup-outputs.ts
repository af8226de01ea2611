import { connectDb } from '@midday/db/client';
import { deleteOutputsBefore } from '@midday/db/queries';
import { logger, schedules } from '@trigger.dev/sdk';

export const cleanupOutputs = schedules.task({
  id: 'cleanup-agent-outputs',
  cron: '0 3 * * *',
  run: async () => {
    const db = await connectDb();
    const before = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
    const deleted = await deleteOutputsBefore(db, { before }); // expect: prunes [dz41h] cross
    logger.info('Deleted agent outputs', { count: deleted.length });
  },
});
