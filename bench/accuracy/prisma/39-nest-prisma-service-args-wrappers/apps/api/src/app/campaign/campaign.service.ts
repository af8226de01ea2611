import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../services/prisma/prisma.service';

@Injectable()
export class CampaignService {
  public constructor(private readonly prismaService: PrismaService) {}

  public async getCampaigns(userId: bigint) {
    return this.prismaService.campaign.findMany({
      orderBy: { name: 'asc' },
      where: { userId, archived: false },
    }); // expect: prunes [pr39f]
  }
}
