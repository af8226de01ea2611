import { prisma } from './prisma';

/** Every findMany through this client is limited to the last 90 days (keeps scans on a few partitions). */
export const recentPrisma = prisma.$extends({
  query: {
    lead: {
      async findMany({ args, query }) {
        args.where = { ...args.where, createdAt: { gte: new Date(Date.now() - 90 * 86_400_000) } };
        return query(args);
      },
    },
  },
});
