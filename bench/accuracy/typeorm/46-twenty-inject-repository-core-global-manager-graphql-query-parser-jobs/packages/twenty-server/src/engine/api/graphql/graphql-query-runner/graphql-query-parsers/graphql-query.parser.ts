import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export type FieldFilter = { eq?: unknown; in?: unknown[]; gte?: unknown; lt?: unknown };
export type RecordFilter = Record<string, FieldFilter>;
export type RecordOrderBy = Record<string, 'AscNullsFirst' | 'DescNullsLast'>;

const COLUMNS: Record<string, string> = { createdAt: 'created_at', userId: 'user_id', status: 'status', company: 'company', id: 'id' };

export class GraphqlQueryParser {
  applyFilterToBuilder<T extends ObjectLiteral>(queryBuilder: SelectQueryBuilder<T>, alias: string, filter: RecordFilter): SelectQueryBuilder<T> {
    Object.entries(filter).forEach(([field, condition], index) => {
      const column = `${alias}.${COLUMNS[field] ?? field}`;
      if (condition.eq !== undefined) queryBuilder.andWhere(`${column} = :eq${index}`, { [`eq${index}`]: condition.eq });
      if (condition.in !== undefined) queryBuilder.andWhere(`${column} IN (:...in${index})`, { [`in${index}`]: condition.in });
      if (condition.gte !== undefined) queryBuilder.andWhere(`${column} >= :gte${index}`, { [`gte${index}`]: condition.gte });
      if (condition.lt !== undefined) queryBuilder.andWhere(`${column} < :lt${index}`, { [`lt${index}`]: condition.lt });
    });
    return queryBuilder;
  }

  applyOrderToBuilder<T extends ObjectLiteral>(queryBuilder: SelectQueryBuilder<T>, orderBy: RecordOrderBy[], alias: string): SelectQueryBuilder<T> {
    for (const order of orderBy) {
      for (const [field, direction] of Object.entries(order)) {
        queryBuilder.addOrderBy(`${alias}.${COLUMNS[field] ?? field}`, direction === 'AscNullsFirst' ? 'ASC' : 'DESC');
      }
    }
    return queryBuilder;
  }
}
