import { getGetLeadsRepository, getLeadRepository } from '@calcom/features/di/modules/Lead';
import type { LeadFilters } from '@calcom/features/leads/repositories/GetLeadsRepository';

type GetOptions = {
  ctx: { user: { id: number } };
  input: { filters: LeadFilters; limit: number; offset: number };
};

export const getHandler = async ({ ctx, input }: GetOptions) => {
  const repository = getGetLeadsRepository();
  return repository.getLeads({ userId: ctx.user.id, filters: input.filters, limit: input.limit, offset: input.offset });
};

export const getByIdHandler = async ({ input }: { input: { id: number } }) => {
  const lead = await getLeadRepository().findById({ id: input.id });
  if (!lead) throw new Error('NOT_FOUND');
  return lead;
};
