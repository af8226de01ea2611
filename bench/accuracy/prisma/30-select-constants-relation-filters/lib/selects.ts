import type { Prisma } from '@prisma/client';

export const leadCardSelect = {
  id: true,
  email: true,
  company: true,
  createdAt: true,
  outputs: { where: { kind: 'email' }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, body: true } },
} satisfies Prisma.LeadSelect;

export function getDateRange(interval: '24h' | '7d' | '30d'): { start: Date; end: Date } {
  const days = interval === '24h' ? 1 : interval === '7d' ? 7 : 30;
  const end = new Date();
  return { start: new Date(end.getTime() - days * 86_400_000), end };
}
