import type { Prisma } from '@prisma/client';

export class LeadFilterDto {
  userId?: bigint;
  status?: string;
  from?: Date;
  to?: Date;

  toWhere(): Prisma.LeadWhereInput {
    const where: Prisma.LeadWhereInput = {};
    if (this.userId) where.userId = this.userId;
    if (this.status) where.status = this.status;
    if (this.from || this.to) where.createdAt = { gte: this.from, lt: this.to };
    return where;
  }
}
