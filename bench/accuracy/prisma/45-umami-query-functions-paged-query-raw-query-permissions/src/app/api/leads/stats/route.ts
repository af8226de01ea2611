import { getLeadStats } from '@/queries';
import { getRequestDateRange, parseRequest } from '@/lib/request';

export async function GET(request: Request) {
  const { auth, query } = await parseRequest(request);
  const { startDate, endDate } = getRequestDateRange(query);

  const stats = await getLeadStats(auth.user.id, { startDate, endDate });

  return Response.json(stats);
}
