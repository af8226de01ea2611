import knex from '../knex';
import { knexUtils } from '../utils/knex';

/** Leads per day since `since`, for the dashboard chart. */
export async function perDay(userId: number, since: Date) {
  return knex('leads')
    .select({ day: knexUtils(knex).truncatedTimestamp('created_at', 'day') })
    .count('* as total')
    .where('user_id', userId)
    .andWhere(knexUtils(knex).truncatedTimestamp('created_at', 'day'), '>=', since)
    .groupBy('day'); // expect: scans-all [kx36e] cross
}
