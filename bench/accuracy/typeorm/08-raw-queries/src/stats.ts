import { Raw } from 'typeorm';
import { AppDataSource } from './data-source';
import { Lead } from './entities/lead.entity';

export async function perDay(day: string) {
  return AppDataSource.query('SELECT count(*) FROM leads WHERE created_at::date = $1', [day]); // expect: scans-all [to08a]
}

export async function since(from: Date) {
  return AppDataSource.query('SELECT id, email FROM leads WHERE created_at >= $1', [from]); // expect: prunes [to08b]
}

export async function onDayRaw(day: string) {
  return AppDataSource.getRepository(Lead).find({ where: { createdAt: Raw((alias) => `date_trunc('day', ${alias}) = :day`, { day }) } }); // expect: scans-all [to08c]
}
