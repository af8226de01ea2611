import { Between, type FindOptionsWhere } from 'typeorm';
import type { Lead } from './entities/lead.entity';

export function createdWindow(from: Date, to: Date): FindOptionsWhere<Lead> {
  return { createdAt: Between(from, to) };
}
