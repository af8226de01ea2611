import { Injectable } from '@nestjs/common';
import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { CAMPAIGN_NOT_FOUND, LEAD_NOT_FOUND, LEAD_UPDATE_FAILED } from '../errors';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class LeadService {
  constructor(private readonly prisma: PrismaService) {}

  async fetchUserLeads(uid: bigint, take: number, status: string) {
    const leads = await this.prisma.lead.findMany({
      where: { userId: uid, status },
      take,
      orderBy: { createdAt: 'desc' },
    }); // expect-also: [pr40a]
    return leads;
  }

  async fetchLeadsInRange(uid: bigint, from: Date, to: Date) {
    return this.prisma.lead.findMany({
      where: { userId: uid, createdAt: { gte: from, lt: to } },
      orderBy: { createdAt: 'desc' },
    });
  }

  async getLead(id: bigint) {
    const lead = await this.prisma.lead.findFirst({ where: { id } }); // expect-also: [pr40c]
    return O.fromNullable(lead);
  }

  async getLeadWithOutputs(id: bigint, createdAt: Date) {
    const lead = await this.prisma.lead.findUnique({
      where: { id_createdAt: { id, createdAt } },
      include: { outputs: { orderBy: { createdAt: 'desc' } } },
    });
    if (!lead) return E.left(LEAD_NOT_FOUND);
    return E.right(lead);
  }

  async deleteAllOutputs(leadId: bigint) {
    const deletedOutputs = await this.prisma.agentOutput.deleteMany({ where: { leadId } }); // expect-also: [pr40d]
    return E.right(deletedOutputs.count);
  }

  async updateLeadStatus(id: bigint, createdAt: Date, status: string) {
    try {
      const updated = await this.prisma.$transaction(async (tx) => {
        const lead = await tx.lead.update({ where: { id_createdAt: { id, createdAt } }, data: { status } }); // expect: prunes [pr40e]
        return lead;
      });
      return E.right(updated);
    } catch {
      return E.left(LEAD_UPDATE_FAILED);
    }
  }

  async getCampaign(id: bigint, userId: bigint) {
    const campaign = await this.prisma.campaign.findUnique({ where: { id_userId: { id, userId } } });
    if (!campaign) return E.left(CAMPAIGN_NOT_FOUND);
    return E.right(campaign);
  }
}
