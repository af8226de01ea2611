import prisma, { QueryFilters } from '@/lib/prisma';
import { runQuery, PRISMA } from '@/lib/db';

export async function getLeadStats(...args: [userId: bigint, filters: QueryFilters]) {
  return runQuery({
    [PRISMA]: () => relationalQuery(...args),
  });
}

async function relationalQuery(userId: bigint, filters: QueryFilters) {
  const { rawQuery } = prisma;
  const { startDate, endDate } = filters;

  return rawQuery(
    `
    select status, count(*) as "count"
    from leads
    where user_id = {{userId}}
      and created_at between {{startDate}} and {{endDate}}
    group by status
    `,
    { userId, startDate, endDate },
  );
}
