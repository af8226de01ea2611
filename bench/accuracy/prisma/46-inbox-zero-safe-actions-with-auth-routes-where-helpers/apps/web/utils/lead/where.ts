import type { Prisma } from "@prisma/client";

const DAY = 24 * 60 * 60 * 1000;

// The inbox only ever looks at recent leads: the window is part of every list filter.
export function leadWindowWhere(userId: bigint, days = 30): Prisma.LeadWhereInput {
  return { userId, createdAt: { gte: new Date(Date.now() - days * DAY) } };
}

export function leadSearchWhere(userId: bigint, query: string): Prisma.LeadWhereInput {
  return {
    userId,
    OR: [
      { company: { contains: query, mode: "insensitive" } },
      { email: { contains: query, mode: "insensitive" } },
    ],
  };
}
