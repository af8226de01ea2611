import { ObjectLiteral, SelectQueryBuilder } from 'typeorm'

export type SeekPage<T> = { data: T[], next: string | null }

// Keyset pagination on id, newest first, shared by every list endpoint.
export const paginate = async <T extends ObjectLiteral>(
    queryBuilder: SelectQueryBuilder<T>,
    { limit, cursor }: { limit: number, cursor?: string },
): Promise<SeekPage<T>> => {
    const alias = queryBuilder.alias
    const page = queryBuilder.clone().orderBy(`${alias}.id`, 'DESC').take(limit + 1)
    if (cursor !== undefined) {
        page.andWhere(`${alias}.id < :cursor`, { cursor })
    }
    const entities = await page.getMany() // expect: scans-all [to45b] cross
    const hasMore = entities.length > limit
    const data = hasMore ? entities.slice(0, limit) : entities
    return { data, next: hasMore ? String((data[data.length - 1] as { id: string }).id) : null }
}
