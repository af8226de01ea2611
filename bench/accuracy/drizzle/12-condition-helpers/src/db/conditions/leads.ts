import { eq, gte } from 'drizzle-orm';
import { leads } from '../schema';

export const createdWithinDays = (days: number) => gte(leads.createdAt, new Date(Date.now() - days * 86_400_000));

export const ofCompany = (company: string) => eq(leads.company, company);
