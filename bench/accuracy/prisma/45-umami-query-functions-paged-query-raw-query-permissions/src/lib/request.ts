import { startOfMonth, subMinutes } from 'date-fns';
import { QueryFilters } from './prisma';

export function getRequestDateRange(query: Record<string, string | null>) {
  const { startAt, endAt } = query;

  return {
    startDate: startAt ? new Date(+startAt) : startOfMonth(new Date()),
    endDate: endAt ? new Date(+endAt) : new Date(),
  };
}

export function getRequestFilters(query: Record<string, string | null>): QueryFilters {
  return {
    search: query.search ?? undefined,
    page: query.page ? +query.page : 1,
    pageSize: query.pageSize ? +query.pageSize : undefined,
    orderBy: query.orderBy ?? undefined,
  };
}

export function realtimeStart() {
  return subMinutes(new Date(), 30);
}

export async function parseRequest(request: Request) {
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  const auth = { user: { id: BigInt(request.headers.get('x-user-id') ?? '0'), isAdmin: false } };
  return { url, query, auth, error: null as null | (() => Response) };
}
