import prisma from "@/lib/prisma";

export function getLeadOutputs({
  lead,
  offset,
  limit,
}: {
  lead: { id: bigint; createdAt: Date };
  offset: number;
  limit: number;
}) {
  return prisma.agentOutput.findMany({
    skip: offset,
    take: limit,
    where: {
      leadId: lead.id,
      createdAt: { gte: lead.createdAt },
    },
    orderBy: {
      createdAt: "desc",
    },
    include: {
      lead: {
        select: {
          company: true,
        },
      },
    },
  });
}
