import type { Knex } from 'knex';

export interface IQueryParam {
  field: string;
  operator: 'IS' | 'IS_NOT' | 'IS_ANY_OF' | 'IS_ON_OR_AFTER' | 'IS_BEFORE';
  values: string[];
}

export const applySearchFilters = (qb: Knex.QueryBuilder, searchParams: string[] | undefined, columns: string[]): void => {
  if (searchParams && searchParams.length > 0) {
    qb.where((builder) => {
      for (const column of columns) {
        for (const term of searchParams) {
          builder.orWhereILike(column, `%${term}%`);
        }
      }
    });
  }
};

export const applyGenericQueryParams = (query: Knex.QueryBuilder, queryParams: IQueryParam[]): void => {
  for (const param of queryParams) {
    switch (param.operator) {
      case 'IS':
        query.where(param.field, param.values[0]);
        break;
      case 'IS_NOT':
        query.whereNot(param.field, param.values[0]);
        break;
      case 'IS_ANY_OF':
        query.whereIn(param.field, param.values);
        break;
      case 'IS_ON_OR_AFTER':
        query.where(param.field, '>=', param.values[0]);
        break;
      case 'IS_BEFORE':
        query.where(param.field, '<', param.values[0]);
        break;
    }
  }
};

export const withinPeriod = (qb: Knex.QueryBuilder, from: Date, to: Date): void => {
  qb.where('created_at', '>=', from).andWhere('created_at', '<', to);
};
