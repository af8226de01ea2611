import { Between, In, type FindManyOptions, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

export type Selector<T> = Partial<Record<keyof T, unknown>> & { created_at?: { gte: Date; lt: Date } };

export interface FindConfig<T> {
  skip?: number;
  take?: number;
  order?: FindManyOptions<T>['order'];
  relations?: string[];
}

/** Turns a service selector into TypeORM find options (Medusa-style). */
export function buildQuery<T extends ObjectLiteral>(selector: Selector<T>, config: FindConfig<T> = {}): FindManyOptions<T> {
  const { created_at, ...rest } = selector;
  const where: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) where[key] = Array.isArray(value) ? In(value) : value;
  if (created_at) where.createdAt = Between(created_at.gte, created_at.lt);
  return { where: where as FindOptionsWhere<T>, skip: config.skip, take: config.take, order: config.order, relations: config.relations };
}
