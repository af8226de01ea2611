import { db } from '../db';

export interface FindOptions {
  where: Record<string, unknown>;
  orderBy?: string;
  limit?: number;
}

export function findOne(table: string, where: Record<string, unknown>) {
  return db(table).where(where).first();
}

export function findAll(table: string, { where, orderBy = 'id', limit = 100 }: FindOptions) {
  return db.from(table).where(where).orderBy(orderBy).limit(limit);
}

export function removeWhere(table: string, where: Record<string, unknown>) {
  return db(table).where(where).del();
}
