import { getInsightsLeadService } from '@calcom/features/insights/server/InsightsLeadService';
import { getLeadRepository } from '@calcom/features/di/modules/Lead';

export const insightsHandler = async ({ ctx, input }: { ctx: { user: { id: number } }; input: { startDate: string; endDate: string } }) => {
  const service = getInsightsLeadService({ userId: ctx.user.id, startDate: new Date(input.startDate), endDate: new Date(input.endDate) });
  const [statusCounts, outputs, leads] = await Promise.all([
    service.getStatusCounts(),
    service.getOutputsCount(),
    getLeadRepository().findForUserInRange({ userId: ctx.user.id, startDate: new Date(input.startDate), endDate: new Date(input.endDate) }),
  ]);
  return { statusCounts, outputs, leads };
};
