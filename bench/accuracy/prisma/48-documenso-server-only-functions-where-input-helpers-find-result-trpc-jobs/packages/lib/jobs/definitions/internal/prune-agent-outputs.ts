import { prisma } from '@documenso/prisma';
import { jobs } from '../../client';

export const PRUNE_AGENT_OUTPUTS_JOB_DEFINITION = jobs.defineJob<{ olderThanDays: number }>({
  id: 'internal.prune-agent-outputs',
  name: 'Prune Agent Outputs',
  version: '1.0.0',
  trigger: { name: 'internal.prune-agent-outputs' },
  handler: async ({ payload, io }) => {
    const cutoff = new Date(Date.now() - payload.olderThanDays * 24 * 60 * 60 * 1000);
    await io.runTask('delete-old-outputs', async () => {
      await prisma.agentOutput.deleteMany({ where: { createdAt: { lt: cutoff } } }); // expect: prunes [pr48k]
    });
  },
});
