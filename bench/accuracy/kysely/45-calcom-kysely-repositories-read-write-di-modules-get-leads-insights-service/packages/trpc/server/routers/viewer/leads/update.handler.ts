import { getCampaignRepository, getLeadRepository } from '@calcom/features/di/modules/Lead';

export const updateHandler = async ({ ctx, input }: { ctx: { user: { id: number } }; input: { id: number; email?: string; status?: string } }) => {
  const leadRepository = getLeadRepository();
  const lead = await leadRepository.findById({ id: input.id });
  if (!lead || lead.user_id !== ctx.user.id) throw new Error('FORBIDDEN');
  if (input.email && !(await leadRepository.isEmailAvailable({ email: input.email, userId: ctx.user.id, excludeId: lead.id }))) {
    throw new Error('CONFLICT');
  }
  if (input.status) await leadRepository.updateStatus({ id: lead.id, createdAt: lead.created_at, status: input.status });
  return { ok: true };
};

export const deleteCampaignHandler = async ({ ctx, input }: { ctx: { user: { id: number } }; input: { id: number } }) => {
  const campaign = await getCampaignRepository().findByIdAndUserId({ id: input.id, userId: ctx.user.id });
  if (!campaign) throw new Error('NOT_FOUND');
  await getLeadRepository().deleteByCampaignId(input.id);
  return getCampaignRepository().deleteById({ id: input.id });
};
