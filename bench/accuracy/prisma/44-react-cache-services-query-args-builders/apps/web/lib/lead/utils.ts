import { Prisma } from "@prisma/client";

export type TLeadFilterCriteria = {
  createdAt?: { min?: Date; max?: Date };
  status?: string[];
};

export const buildWhereClause = (filterCriteria?: TLeadFilterCriteria) => {
  const whereClause: Prisma.LeadWhereInput[] = [];

  // For Date range
  if (filterCriteria?.createdAt) {
    const createdAt: { lte?: Date; gte?: Date } = {};
    if (filterCriteria.createdAt.max) {
      createdAt.lte = filterCriteria.createdAt.max;
    }
    if (filterCriteria.createdAt.min) {
      createdAt.gte = filterCriteria.createdAt.min;
    }
    whereClause.push({ createdAt });
  }

  // For Status
  if (filterCriteria?.status) {
    whereClause.push({ status: { in: filterCriteria.status } });
  }

  return { AND: whereClause };
};
