import type { PrismaClient } from '@prisma/client';
import prisma from '../../../prisma';
import { leadMinimalSelect } from '../../../prisma/selects/lead';

export class LeadRepository {
  constructor(private prismaClient: PrismaClient) {}

  async findByIdIncludeOutputs({ id }: { id: bigint }) {
    return this.prismaClient.lead.findFirst({
      where: { id },
      include: { outputs: { orderBy: { createdAt: 'desc' } } },
    }); // expect-also: [pr37c]
  }

  async findManyInRange({ userId, startDate, endDate }: { userId: bigint; startDate: Date; endDate: Date }) {
    return this.prismaClient.lead.findMany({
      where: {
        userId,
        createdAt: { gte: startDate, lte: endDate },
      },
      select: leadMinimalSelect,
    });
  }

  static async countOutputsByLead(leadId: bigint) {
    return prisma.agentOutput.count({ where: { leadId } }); // expect-also: [pr37e]
  }
}
