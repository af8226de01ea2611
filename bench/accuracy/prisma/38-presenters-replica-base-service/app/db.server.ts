import { Prisma, PrismaClient } from '@prisma/client';

export type PrismaTransactionClient = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$use' | '$extends'>;
export type PrismaClientOrTransaction = PrismaClient | PrismaTransactionClient;
export type PrismaReplicaClient = Omit<PrismaClient, '$transaction'>;

function isTransactionClient(prisma: PrismaClientOrTransaction): prisma is PrismaTransactionClient {
  return !('$transaction' in prisma);
}

function singleton<T>(name: string, create: () => T): T {
  const g = globalThis as unknown as Record<string, T | undefined>;
  g[name] ??= create();
  return g[name]!;
}

export const prisma = singleton('prisma', () => new PrismaClient());

export const $replica: PrismaReplicaClient = singleton('replica', () =>
  process.env.DATABASE_READ_REPLICA_URL ? new PrismaClient({ datasourceUrl: process.env.DATABASE_READ_REPLICA_URL }) : prisma,
);

/** Runs fn in a transaction, or inside the caller's when it already is one. */
export async function $transaction<R>(prisma: PrismaClientOrTransaction, fn: (tx: PrismaTransactionClient) => Promise<R>): Promise<R> {
  if (isTransactionClient(prisma)) {
    return fn(prisma);
  }
  return (prisma as PrismaClient).$transaction(fn, { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted, timeout: 10_000 });
}
