import { Prisma } from "@prisma/client";

export type TGetLeadsFilter = {
  limit?: number;
  skip?: number;
  sortBy?: "createdAt" | "company";
  order?: "asc" | "desc";
  startDate?: Date;
  endDate?: Date;
};

export const getLeadsQuery = (userIds: bigint[], params?: TGetLeadsFilter) => {
  const { limit, skip, sortBy, order, startDate, endDate } = params || {};

  let query: Prisma.LeadFindManyArgs = {
    where: {
      userId: { in: userIds },
    },
  };

  if (startDate) {
    query.where = {
      ...query.where,
      createdAt: {
        ...(query.where?.createdAt as Prisma.DateTimeFilter<"Lead">),
        gte: startDate,
      },
    };
  }

  if (endDate) {
    query.where = {
      ...query.where,
      createdAt: {
        ...(query.where?.createdAt as Prisma.DateTimeFilter<"Lead">),
        lte: endDate,
      },
    };
  }

  if (sortBy) {
    query.orderBy = {
      [sortBy]: order,
    };
  }

  if (limit) {
    query.take = limit;
  }

  if (skip) {
    query.skip = skip;
  }

  return query;
};
