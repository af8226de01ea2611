import { AgentOutputModel } from '../../models/lead/agent-output';

const OUTPUTS_LIFETIME_MS = 90 * 24 * 3600 * 1000;

export async function processRemoveOldOutputs() {
  const beforeDate = new Date(Date.now() - OUTPUTS_LIFETIME_MS).toISOString();
  await AgentOutputModel.removeOldOutputs(beforeDate); // expect: prunes [sq35d] cross
}
