import { desc, eq, lt } from 'drizzle-orm';
import { db } from '../db/index';
import { agentOutputs } from '../db/schema/index';

export const findAllOutputsByLeadId = async (leadId: number) => {
  const outputList = await db.query.agentOutputs.findMany({
    where: eq(agentOutputs.leadId, leadId),
    orderBy: desc(agentOutputs.createdAt),
  }); // expect-also: [dz39b]
  return outputList;
};

export const removeOldOutputs = async (olderThanDays: number) => {
  const cutoff = new Date(Date.now() - olderThanDays * 86_400_000);
  await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, cutoff));
};
