import prisma from "@/utils/prisma";

export async function getLead({ leadId, userId }: { leadId: bigint; userId: bigint }) {
  return prisma.lead.findFirst({
    where: { id: leadId, userId },
    include: { outputs: true },
  }); // expect: scans-all [pr46m]
}
