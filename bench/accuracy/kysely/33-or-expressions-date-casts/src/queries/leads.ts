import { sql, type ExpressionBuilder } from 'kysely';
import { db } from '../db';
import type { DB } from '../db/types';

export const recentOrVip = (since: Date) => (eb: ExpressionBuilder<DB, 'leads'>) => eb.or([eb('created_at', '>=', since), eb('status', '=', 'vip')]);

export const inWindows = (windows: { from: Date; to: Date }[]) => (eb: ExpressionBuilder<DB, 'leads'>) =>
  eb.or(windows.map((w) => eb.and([eb('created_at', '>=', w.from), eb('created_at', '<', w.to)])));

export const leadsOfDay = (day: string) => db.selectFrom('leads').selectAll().where(sql`created_at::date`, '=', day);

export const latestLead = () => db.selectFrom('leads').selectAll().orderBy('created_at', 'desc').limit(1);
