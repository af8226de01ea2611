import { Injectable } from '@nestjs/common';
import type { Lead, Prisma } from '@prisma/client';
import { PrismaService } from '../../services/prisma/prisma.service';

@Injectable()
export class LeadService {
  public constructor(private readonly prismaService: PrismaService) {}

  public async lead(where: Prisma.LeadWhereInput): Promise<Lead | null> {
    return this.prismaService.lead.findFirst({ where }); // expect-also: [pr39a]
  }

  public async leads(params: { skip?: number; take?: number; where?: Prisma.LeadWhereInput; orderBy?: Prisma.LeadOrderByWithRelationInput[] }): Promise<Lead[]> {
    const { skip, take, where, orderBy } = params;
    return this.prismaService.lead.findMany({ orderBy, skip, take, where }); // expect-also: [pr39b]
  }

  public async getLeads({ userId, startDate, status }: { userId: bigint; startDate?: Date; status?: string }) {
    const where: Prisma.LeadWhereInput = { userId };

    if (startDate) {
      where.createdAt = { gte: startDate };
    }

    if (status) {
      where.status = status;
    }

    return this.leads({ where, orderBy: [{ createdAt: 'asc' }] });
  }

  public async updateLead({ data, where }: { data: Prisma.LeadUpdateInput; where: Prisma.LeadWhereUniqueInput }): Promise<Lead> {
    return this.prismaService.lead.update({ data, where });
  }

  public async deleteLeads(where: Prisma.LeadWhereInput): Promise<number> {
    const { count } = await this.prismaService.lead.deleteMany({ where }); // expect-also: [pr39e]
    return count;
  }
}
