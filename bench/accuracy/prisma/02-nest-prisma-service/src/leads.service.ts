import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Injectable()
export class LeadsService {
  constructor(private readonly prisma: PrismaService) {}

  forUser(userId: bigint) {
    return this.prisma.lead.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } }); // expect: scans-all [pr02a]
  }

  forUserSince(userId: bigint, since: Date) {
    return this.prisma.lead.findMany({ where: { userId, createdAt: { gte: since } } }); // expect: prunes [pr02b]
  }

  campaignsOf(userId: bigint) {
    return this.prisma.campaign.findMany({ where: { userId, archived: false } }); // expect: prunes [pr02c]
  }

  campaignCount() {
    return this.prisma.campaign.count({ where: { archived: false } }); // expect: scans-all [pr02d]
  }
}
