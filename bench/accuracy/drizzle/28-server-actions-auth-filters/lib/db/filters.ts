import { eq, gte } from 'drizzle-orm';
import { leads } from './schema';

export const ownedBy = (userId: number) => eq(leads.userId, userId);

export const createdWithin = (days: number) => gte(leads.createdAt, new Date(Date.now() - days * 86_400_000));
