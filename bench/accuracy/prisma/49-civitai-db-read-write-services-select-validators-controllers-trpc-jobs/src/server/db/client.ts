import { PrismaClient } from '@prisma/client';

declare global {
  // eslint-disable-next-line no-var
  var globalDbRead: PrismaClient | undefined;
  // eslint-disable-next-line no-var
  var globalDbWrite: PrismaClient | undefined;
}

// Reads go to the replica, writes to the primary.
export const dbWrite = global.globalDbWrite ?? new PrismaClient({ datasources: { db: { url: process.env.DATABASE_URL } } });
export const dbRead = global.globalDbRead ?? new PrismaClient({ datasources: { db: { url: process.env.DATABASE_REPLICA_URL ?? process.env.DATABASE_URL } } });

if (process.env.NODE_ENV !== 'production') {
  global.globalDbWrite = dbWrite;
  global.globalDbRead = dbRead;
}
