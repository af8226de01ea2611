import type { Prisma } from "@prisma/client";

export function outputsWhere({ leadId, kind }: { leadId: bigint; kind?: string }): Prisma.AgentOutputWhereInput {
  return { leadId, ...(kind ? { kind } : {}) };
}
