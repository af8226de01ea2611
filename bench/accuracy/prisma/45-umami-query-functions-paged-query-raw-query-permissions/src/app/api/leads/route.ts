import { countLeadsSince, getUserLeads } from '@/queries';
import { getRequestFilters, parseRequest, realtimeStart } from '@/lib/request';

export async function GET(request: Request) {
  const { auth, query } = await parseRequest(request);
  const filters = getRequestFilters(query);

  const leads = await getUserLeads(auth.user.id, filters);
  const realtime = await countLeadsSince(auth.user.id, realtimeStart());

  return Response.json({ ...leads, realtime });
}
