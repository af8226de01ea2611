import { dbWrite } from '../db/client';
import { createJob } from './job';

export const cleanUp = createJob('clean-up', '0 */1 * * *', async () => {
  const cutoff = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
  await dbWrite.agentOutput.deleteMany({ where: { createdAt: { lt: cutoff } } }); // expect: prunes [pr49m]
  await dbWrite.$executeRaw`UPDATE leads SET status = 'stale' WHERE status = 'new' AND created_at < ${cutoff}`; // expect: prunes [pr49n]
});
