import prisma from '../../../../../prisma';
import { LeadRepository } from '../../../../../lib/server/repository/lead';

type Options = { ctx: { user: { id: bigint } }; input: { id: bigint; createdAt?: Date } };
type RangeOptions = { ctx: { user: { id: bigint } }; input: { from: Date; to: Date } };

export const detailHandler = async ({ input }: Options) => {
  const leadRepo = new LeadRepository(prisma);
  const lead = await leadRepo.findByIdIncludeOutputs({ id: input.id }); // expect: scans-all [pr37c] cross
  const outputCount = await LeadRepository.countOutputsByLead(input.id); // expect: scans-all [pr37e] cross
  return { lead, outputCount };
};

export const rangeHandler = async ({ ctx, input }: RangeOptions) => {
  const leadRepo = new LeadRepository(prisma);
  const leads = await leadRepo.findManyInRange({ userId: ctx.user.id, startDate: input.from, endDate: input.to }); // expect: prunes [pr37d] cross
  return { leads };
};

export const deleteHandler = async ({ input }: Options) => {
  const createdAt = input.createdAt ?? new Date();
  await prisma.$transaction([
    prisma.agentOutput.deleteMany({ where: { leadId: input.id, createdAt: { gte: createdAt } } }),
    prisma.lead.delete({ where: { id_createdAt: { id: input.id, createdAt } } }),
  ]); // expect: prunes [pr37f]
};
