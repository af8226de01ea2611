import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../services/prisma/prisma.service';

@Injectable()
export class UserService {
  public constructor(private readonly prismaService: PrismaService) {}

  public async getStatistics(userId: bigint) {
    const outputCount = await this.prismaService.agentOutput.count({ where: { lead: { userId } } }); // expect: scans-all [pr39g]

    const statusCounts = await this.prismaService.lead.groupBy({
      by: ['status'],
      _count: true,
      where: { userId, createdAt: { gte: new Date(Date.now() - 30 * 86_400_000) } },
    }); // expect: prunes [pr39h]

    return { outputCount, statusCounts };
  }
}
