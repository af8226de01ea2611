import type { Prisma } from '@prisma/client';
import { prisma } from '../lib/prisma';
import type { LeadFilterDto } from '../dto/lead-filter.dto';

const leadMinimalSelect = { id: true, email: true, status: true, createdAt: true } satisfies Prisma.LeadSelect;

export class LeadRepository {
  static async findForUser({ userId, after }: { userId: bigint; after?: Date }) {
    return prisma.lead.findMany({
      where: { userId, createdAt: after ? { gte: after } : undefined },
      select: leadMinimalSelect,
    }); // expect: scans-all [pr22a]
  }

  static async findByFilter(filter: LeadFilterDto) {
    return prisma.lead.findMany({ where: filter.toWhere(), orderBy: { id: 'desc' } }); // expect: scans-all [pr22b] cross
  }

  static async findInMonth(filter: LeadFilterDto, month: Date) {
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    return prisma.lead.findMany({ where: { ...filter.toWhere(), createdAt: { gte: month, lt: next } }, select: leadMinimalSelect }); // expect: prunes [pr22c] cross
  }

  static async findFirstByEmail(email: string) {
    return prisma.lead.findFirst({ where: { email }, orderBy: { createdAt: 'desc' } }); // expect: scans-all [pr22d]
  }
}
