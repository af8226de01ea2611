import { TRPCError } from '@trpc/server';

import type { Database, SQL } from '@homarr/db';
import { desc } from '@homarr/db';
import { agentOutputs } from '@homarr/db/schema';

export const getFullLeadWithWhereAsync = async (db: Database, where: SQL<unknown>, userId: string | null) => {
  const lead = await db.query.leads.findFirst({
    where,
    with: {
      campaign: {
        columns: {
          id: true,
          name: true,
        },
      },
      outputs: {
        orderBy: desc(agentOutputs.createdAt),
      },
    },
  }); // expect-also: [dz42a]

  if (!lead) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'Lead not found',
    });
  }

  const { outputs, ...otherLeadProperties } = lead;

  return {
    ...otherLeadProperties,
    isOwner: userId !== null && String(lead.userId) === userId,
    outputs: outputs.map(({ leadId: _, ...output }) => output),
  };
};
