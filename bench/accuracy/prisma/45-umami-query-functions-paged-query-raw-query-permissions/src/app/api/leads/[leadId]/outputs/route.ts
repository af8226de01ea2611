import { canViewLead } from '@/permissions/lead';
import { getLatestOutputs, getLeadActivity } from '@/queries';
import { getRequestDateRange, parseRequest } from '@/lib/request';

export async function GET(request: Request, { params }: { params: Promise<{ leadId: string }> }) {
  const { auth, query } = await parseRequest(request);
  const { leadId } = await params;

  if (!(await canViewLead(auth, BigInt(leadId)))) {
    return new Response(null, { status: 401 });
  }

  if (query.latest) {
    return Response.json(await getLatestOutputs(BigInt(leadId)));
  }

  const { startDate, endDate } = getRequestDateRange(query);
  const data = await getLeadActivity(BigInt(leadId), startDate, endDate);

  return Response.json(data);
}
