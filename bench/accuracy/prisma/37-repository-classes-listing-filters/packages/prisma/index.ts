import { PrismaClient } from '@prisma/client';

const globalForPrisma = global as unknown as { prismaWithClientExtensions?: PrismaClient };

export const prisma = globalForPrisma.prismaWithClientExtensions ?? new PrismaClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prismaWithClientExtensions = prisma;

export default prisma;
export type PrismaTransaction = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
