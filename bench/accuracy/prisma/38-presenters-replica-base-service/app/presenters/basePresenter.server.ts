import { $replica, prisma, type PrismaClientOrTransaction, type PrismaReplicaClient } from '../db.server';

export class BasePresenter {
  constructor(
    protected readonly _prisma: PrismaClientOrTransaction = prisma,
    protected readonly _replica: PrismaReplicaClient = $replica,
  ) {}
}
