import { prisma, type PrismaClientOrTransaction } from '../db.server';

export abstract class BaseService {
  constructor(protected readonly _prisma: PrismaClientOrTransaction = prisma) {}
}
