import { remember } from '@epic-web/remember';
import { PrismaClient } from '@prisma/client';

export const prisma = remember('prisma', () => new PrismaClient({ datasourceUrl: process.env.NEXT_PRIVATE_DATABASE_URL }));

export { Prisma } from '@prisma/client';
