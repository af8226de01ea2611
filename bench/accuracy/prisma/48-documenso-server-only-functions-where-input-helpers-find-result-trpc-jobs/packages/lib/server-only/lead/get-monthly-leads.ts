import { prisma } from '@documenso/prisma';

export type GetMonthlyLeadsResult = Array<{ month: Date; count: bigint }>;

export const getMonthlyLeads = async (userId: number) => {
  const result = await prisma.$queryRaw<GetMonthlyLeadsResult>`
    SELECT date_trunc('month', "created_at") AS "month", count("id") AS "count"
    FROM "leads"
    WHERE "user_id" = ${BigInt(userId)}
    GROUP BY "month"
    ORDER BY "month" DESC
    LIMIT 12
  `; // expect: scans-all [pr48m]
  return result;
};
