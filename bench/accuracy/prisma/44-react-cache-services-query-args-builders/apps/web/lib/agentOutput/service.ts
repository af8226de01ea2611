import "server-only";
import { Prisma } from "@prisma/client";
import { cache as reactCache } from "react";
import { prisma } from "@formbricks/database";
import { DatabaseError } from "@formbricks/types/errors";

export const getOutputsByLeadId = reactCache(async (leadId: bigint) => {
  try {
    return await prisma.agentOutput.findMany({
      where: { leadId },
      orderBy: { createdAt: "asc" },
    }); // expect: scans-all [pr44h]
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }
    throw error;
  }
});

export const deleteOutputsOlderThan = async (cutoff: Date): Promise<number> => {
  const { count } = await prisma.agentOutput.deleteMany({
    where: { createdAt: { lt: cutoff } },
  }); // expect: prunes [pr44i]
  return count;
};
