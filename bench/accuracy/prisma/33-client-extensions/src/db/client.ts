import { Prisma, PrismaClient } from '@prisma/client';

const base = new PrismaClient({ log: ['warn', 'error'] });

/** The application's client: soft-hidden rows never come back, plus a few model helpers. */
export const db = base
  .$extends({
    query: {
      lead: {
        async findMany({ args, query }) {
          args.where = { ...args.where, status: { not: 'deleted' } };
          return query(args);
        },
      },
    },
  })
  .$extends({
    model: {
      lead: {
        async findRecent(userId: bigint, days: number) {
          const context = Prisma.getExtensionContext(this);
          return context.findMany({ where: { userId, createdAt: { gte: new Date(Date.now() - days * 86_400_000) } } });
        },
      },
    },
  });

export type Db = typeof db;
