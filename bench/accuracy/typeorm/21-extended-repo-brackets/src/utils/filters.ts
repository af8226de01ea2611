import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/** Adds a keyword search over e-mail and company to any leads query builder. */
export function applyKeyword<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, keyword?: string): void {
  if (!keyword) return;
  qb.andWhere(
    new Brackets((sub) => {
      sub.where(`${alias}.email ILIKE :kw`, { kw: `%${keyword}%` }).orWhere(`${alias}.company ILIKE :kw`, { kw: `%${keyword}%` });
    }),
  );
}
