import { Worker } from 'bullmq';
import { DateTime } from 'luxon';
import * as Sentry from '../helpers/sentry.ee.js';
import redisConfig from '../config/redis.js';
import logger from '../helpers/logger.js';
import AgentOutput from '../models/agent-output.js';

export const worker = new Worker(
  'delete-old-outputs',
  async () => {
    const cutoff = DateTime.now().minus({ days: 30 }).toISO();
    await AgentOutput.query().delete().where('created_at', '<', cutoff); // expect: prunes [ob41k]
  },
  { connection: redisConfig }
);

worker.on('completed', (job) => {
  logger.info(`JOB ID: ${job.id} - old agent outputs have been deleted!`);
});

worker.on('failed', (job, err) => {
  Sentry.captureException(err, { extra: { jobId: job.id } });
});
