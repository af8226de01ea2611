import { prisma } from '../prisma';
import { getLeadWhereInput } from './get-lead-where-input';

export const getLeadById = async (leadId: bigint, userId: bigint) => {
  return await prisma.lead.findFirstOrThrow({
    where: await getLeadWhereInput({ leadId, userId }),
    include: { outputs: true },
  }); // expect: scans-all [pr29b] cross
};
