import type { Knex } from 'knex'

import DataLoader from 'dataloader'

import type { Connections } from '../connections.js'
import type { Lead, TableName } from '../definitions/index.js'

type WhereValue = number | string | boolean | Date | null

interface FindManyParams {
  table: TableName
  select?: string[]
  where?: Record<string, WhereValue>
  whereIn?: [string, readonly string[]]
  orderBy?: Array<{ column: string; order: 'asc' | 'desc' }>
  modifier?: (builder: Knex.QueryBuilder) => void
  skip?: number
  take?: number
}

export interface AtomDataLoader<K, V> {
  load: (key: K) => Promise<V>
  loadMany: (keys: readonly K[]) => Promise<Array<V | Error>>
}

/**
 * The generic data access every resolver and service shares: one method per operation, the table passed in.
 */
export class AtomService {
  private knex: Knex

  public leadIdLoader: AtomDataLoader<string, Lead>
  public userIdLoader: AtomDataLoader<string, { id: string; email: string }>

  public constructor(connections: Connections) {
    this.knex = connections.knex
    this.leadIdLoader = this.initLoader({ table: 'leads', mode: 'id' })
    this.userIdLoader = this.initLoader({ table: 'users', mode: 'id' })
  }

  // Batches the ids asked for in one tick into a single whereIn, then restores the order of the keys.
  private initLoader = <V extends { id: string }>({ table, mode }: { table: TableName; mode: 'id' }) => {
    const batchLoadFn = async (keys: readonly string[]) => {
      const records = await this.knex.select().from(table).whereIn(mode, keys as string[]) // expect: scans-all [kx50a] cross
      return keys.map((key) => records.find((r: V) => r.id === key) ?? new Error(`Cannot find ${table} ${key}`))
    }
    return new DataLoader<string, V>(batchLoadFn) as unknown as AtomDataLoader<string, V>
  }

  public findUnique = async ({ table, where }: { table: TableName; where: { id: string } }) =>
    this.knex.select().from(table).where(where).first() // expect-also: [kx50b]

  public findFirst = async ({
    table,
    where,
    orderBy,
  }: {
    table: TableName
    where: Record<string, WhereValue>
    orderBy?: Array<{ column: string; order: 'asc' | 'desc' }>
  }) => {
    const query = this.knex.select().from(table).where(where)
    if (orderBy) {
      query.orderBy(orderBy)
    }
    return query.first()
  }

  public findMany = async ({ table, select = ['*'], where, whereIn, orderBy, modifier, skip, take }: FindManyParams) => {
    const query = this.knex.select(select).from(table)
    if (where) {
      query.where(where)
    }
    if (whereIn) {
      query.whereIn(...(whereIn as [string, string[]]))
    }
    if (orderBy) {
      query.orderBy(orderBy)
    }
    if (modifier) {
      query.modify(modifier)
    }
    if (skip) {
      query.offset(skip)
    }
    if (take || take === 0) {
      query.limit(take)
    }
    return query // expect-also: [kx50d]
  }

  public count = async ({ table, where, whereIn }: { table: TableName; where?: Record<string, WhereValue>; whereIn?: [string, string[]] }) => {
    const action = this.knex.count().from(table)
    if (where) {
      action.where(where)
    }
    if (whereIn) {
      action.whereIn(...whereIn)
    }
    const record = await action.first() // expect-also: [kx50f]
    return parseInt(record ? (record.count as string) : '0', 10)
  }

  public updateMany = async ({
    table,
    where,
    whereIn,
    data,
  }: {
    table: TableName
    where?: Record<string, WhereValue>
    whereIn?: [string, string[]]
    data: Record<string, unknown>
  }) => {
    const action = this.knex.update(data).into(table).returning('*')
    if (where) {
      action.where(where)
    }
    if (whereIn) {
      action.whereIn(...whereIn)
    }
    return action
  }

  public deleteMany = async ({ table, where, whereIn }: { table: TableName; where?: Record<string, WhereValue>; whereIn?: [string, string[]] }) => {
    const action = this.knex(table)
    if (where) {
      action.where(where)
    }
    if (whereIn) {
      action.whereIn(...whereIn)
    }
    await action.del() // expect-also: [kx50h]
  }
}
