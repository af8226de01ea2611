import { Injectable } from '@nestjs/common';
import type { Prisma } from '@prisma/client';
import { PrismaService } from './prisma.service';

@Injectable()
export class LeadsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findMany(where: Prisma.LeadWhereInput, take = 50) {
    return this.prisma.lead.findMany({ where, take, orderBy: { createdAt: 'desc' } }); // expect-also: [pr09a]
  }
}
