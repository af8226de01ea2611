import { db } from '../db';
import { applyPeriod, applySearch, type Period } from './filters';

export function leadsBase(userId: number, filters: { term?: string; period?: Period } = {}) {
  return db('leads').where('user_id', userId).modify(applySearch, filters.term).modify(applyPeriod, filters.period);
}
