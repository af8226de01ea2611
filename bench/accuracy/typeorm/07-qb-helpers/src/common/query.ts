import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export function createdSince<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, since: Date) {
  return qb.andWhere(`${alias}.createdAt >= :since`, { since });
}

export function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, page: number, size = 20) {
  return qb.skip(page * size).take(size);
}
