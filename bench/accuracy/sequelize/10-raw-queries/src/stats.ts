import { QueryTypes } from 'sequelize';
import { sequelize } from './models/index';

export async function perDay(day: string) {
  return sequelize.query('SELECT count(*) AS n FROM leads WHERE created_at::date = :day', { replacements: { day }, type: QueryTypes.SELECT }); // expect: scans-all [sq10a]
}

export async function since(from: Date) {
  return sequelize.query('SELECT id, email FROM leads WHERE created_at >= :from', { replacements: { from }, type: QueryTypes.SELECT }); // expect: prunes [sq10b]
}
