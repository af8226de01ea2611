import { ObjectLiteral, SelectQueryBuilder } from 'typeorm'

export type DateRange = { from: Date, to: Date }

export const applyDateRange = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, range: DateRange): SelectQueryBuilder<T> => {
    return qb
        .andWhere(`${alias}.created_at >= :from`, { from: range.from })
        .andWhere(`${alias}.created_at < :to`, { to: range.to })
}
