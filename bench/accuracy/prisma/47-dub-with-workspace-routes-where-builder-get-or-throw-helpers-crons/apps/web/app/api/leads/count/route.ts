import { NextResponse } from 'next/server';
import { withWorkspace } from '@/lib/auth/workspace';
import { getLeadsCount } from '@/lib/api/leads/get-leads-count';
import { getStartEndDates } from '@/lib/api/leads/get-start-end-dates';

export const GET = withWorkspace(async ({ searchParams, workspace }) => {
  const { interval, start, end, status } = searchParams;
  const { startDate, endDate } = getStartEndDates({ interval, start, end });
  const counts = await getLeadsCount({ workspaceId: workspace.id, status, start: startDate, end: endDate });
  return NextResponse.json(counts);
});
