import prisma from "@/lib/prisma";

// The caller awaits; the lead is only visible to its owner.
export function getLeadForUser({ leadId, userId }: { leadId: bigint; userId: bigint }) {
  return prisma.lead.findFirst({
    where: { id: leadId, userId },
    select: { id: true, company: true, status: true, createdAt: true },
  });
}

export function getLeadsForUser(
  userId: bigint,
  { status, since }: { status?: string; since?: Date } = {},
) {
  return prisma.lead.findMany({
    where: {
      userId,
      ...(status && { status }),
      ...(since && { createdAt: { gte: since } }),
    },
    orderBy: { createdAt: "desc" },
  });
}
