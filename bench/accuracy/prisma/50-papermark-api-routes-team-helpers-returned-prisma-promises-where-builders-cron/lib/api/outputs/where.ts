import type { Prisma } from "@prisma/client";

// If the team is paused, only outputs from before the pause are shown.
export function buildOutputsWhere({ leadId, pausedAt }: { leadId: bigint; pausedAt?: Date | null }): Prisma.AgentOutputWhereInput {
  return {
    leadId,
    kind: { not: "internal" },
    ...(pausedAt && {
      createdAt: {
        lt: pausedAt,
      },
    }),
  };
}

// Exports cover the lead's whole life: every output is written after the lead was created.
export function outputFilters(
  lead: { id: bigint; createdAt: Date },
  query: { kind?: string; until?: string },
): Prisma.AgentOutputWhereInput {
  return {
    leadId: lead.id,
    createdAt: {
      gte: lead.createdAt,
      ...(query.until && { lt: new Date(query.until) }),
    },
    ...(query.kind && { kind: query.kind }),
  };
}
