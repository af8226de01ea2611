import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class AdminService {
  constructor(private readonly prisma: PrismaService) {}

  async getLeadsCreatedToday(): Promise<number> {
    const startOfDay = new Date();
    startOfDay.setUTCHours(0, 0, 0, 0);
    return this.prisma.lead.count({ where: { createdAt: { gte: startOfDay } } }); // expect: prunes [pr40g]
  }

  async getLeadsCount(): Promise<number> {
    return this.prisma.lead.count(); // expect: scans-all [pr40i]
  }
}
