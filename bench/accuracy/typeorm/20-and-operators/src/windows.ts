import { And, LessThan, MoreThanOrEqual } from 'typeorm';
import { AppDataSource } from './data-source';
import { Lead } from './entities/lead.entity';

export async function inWindow(from: Date, to: Date) {
  return AppDataSource.getRepository(Lead).find({ where: { createdAt: And(MoreThanOrEqual(from), LessThan(to)) } }); // expect: prunes [to20a]
}

export async function countInWindow(from: Date, to: Date) {
  return AppDataSource.getRepository(Lead).countBy({ createdAt: And(MoreThanOrEqual(from), LessThan(to)), status: 'new' }); // expect: prunes [to20b]
}
