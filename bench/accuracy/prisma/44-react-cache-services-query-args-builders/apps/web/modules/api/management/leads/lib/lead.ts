import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@formbricks/database";
import { DatabaseError } from "@formbricks/types/errors";
import { TGetLeadsFilter, getLeadsQuery } from "./utils";

export const getLeads = async (userIds: bigint[], params: TGetLeadsFilter) => {
  try {
    const query = getLeadsQuery(userIds, params);
    const [leads, count] = await prisma.$transaction([prisma.lead.findMany(query), prisma.lead.count({ where: query.where })]); // expect: scans-all [pr44j] cross

    return { data: leads, meta: { total: count, limit: params.limit, offset: params.skip } };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      throw new DatabaseError(error.message);
    }
    throw error;
  }
};

export const getLeadsInPeriod = async (userIds: bigint[], startDate: Date, endDate: Date) => {
  return await prisma.lead.findMany(getLeadsQuery(userIds, { startDate, endDate, limit: 100 })); // expect: prunes [pr44k] cross
};
