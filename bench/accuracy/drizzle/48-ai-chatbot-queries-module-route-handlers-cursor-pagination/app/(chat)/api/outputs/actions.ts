'use server';

import { deleteOutputsByLeadIdAfterTimestamp, getOutputById, getOutputsByLeadId } from '@/lib/db/queries';

export async function deleteTrailingOutputs({ id }: { id: number }) {
  const [output] = await getOutputById({ id });
  if (!output) return;
  await deleteOutputsByLeadIdAfterTimestamp({ leadId: output.leadId, timestamp: output.createdAt });
}

export async function listOutputs({ leadId }: { leadId: number }) {
  return getOutputsByLeadId({ id: leadId });
}
