import type { ExpressionBuilder } from 'kysely';
import type { DB } from './types';

export const createdSince = (since: Date) => (eb: ExpressionBuilder<DB, 'leads'>) => eb('created_at', '>=', since);

export const ofCompany = (company: string) => (eb: ExpressionBuilder<DB, 'leads'>) => eb('company', '=', company);
