import "server-only";
import { Prisma } from "@prisma/client";
import { cache as reactCache } from "react";
import { prisma } from "@formbricks/database";
import { DatabaseError } from "@formbricks/types/errors";

export const getCampaigns = reactCache(async (userId: bigint) => {
  try {
    return await prisma.campaign.findMany({
      where: { userId, archived: false },
      orderBy: { name: "asc" },
    }); // expect: prunes [pr44g]
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }
    throw error;
  }
});
