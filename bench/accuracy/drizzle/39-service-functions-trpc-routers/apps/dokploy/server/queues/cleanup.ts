import { removeOldOutputs } from '../../../../packages/server/src/services/agent-output';

/** The nightly cleanup job of the queue worker. */
export const cleanupWorker = async (job: { data: { days?: number } }) => {
  await removeOldOutputs(job.data.days ?? 30); // expect: prunes [dz39d] cross
};
