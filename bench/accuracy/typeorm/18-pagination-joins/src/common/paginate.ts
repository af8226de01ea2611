import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export async function paginateQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, page: number, size = 25) {
  const [items, total] = await qb.skip(page * size).take(size).getManyAndCount();
  return { items, total };
}
