import { In, IsNull, Not, Raw } from 'typeorm';
import { AppDataSource } from './data-source';
import { Lead } from './entities/lead.entity';

const leads = () => AppDataSource.getRepository(Lead);

export async function atInstants(instants: Date[]) {
  return leads().find({ where: { createdAt: In(instants) } }); // expect: prunes [to15a]
}

export async function stamped() {
  return leads().find({ where: { createdAt: Not(IsNull()), status: 'new' } }); // expect: scans-all [to15b]
}

export async function lastDay() {
  return leads().find({ where: { createdAt: Raw((alias) => `${alias} > NOW() - INTERVAL '1 day'`) } }); // expect: prunes [to15c]
}
