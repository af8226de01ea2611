import type { Knex } from 'knex'

import type { Connections } from '../connections.js'
import type { TableName } from '../definitions/index.js'

import { AtomService } from './atomService.js'

export class BaseService<T> {
  protected table: TableName
  protected connections: Connections
  protected knex: Knex
  protected knexRO: Knex
  protected models: AtomService

  public constructor(table: TableName, connections: Connections) {
    this.table = table
    this.connections = connections
    this.knex = connections.knex
    this.knexRO = connections.knexRO
    this.models = new AtomService(connections)
  }

  /**
   * Find items by given "where", "offset" and "limit"
   *
   * @deprecated Use `AtomService.findMany` instead
   */
  public baseFind = async ({
    table,
    select = ['*'],
    where,
    orderBy,
    skip,
    take,
    returnTotalCount,
  }: {
    table?: TableName
    select?: string[]
    where?: Record<string, unknown>
    orderBy?: Array<{ column: string; order: 'asc' | 'desc' }>
    skip?: number
    take?: number
    returnTotalCount?: boolean
  }): Promise<T[]> => {
    if (returnTotalCount) {
      select.push(this.knex.raw('count(1) OVER() AS total_count') as unknown as string)
    }

    const query = this.knex.select(select).from(table || this.table)

    if (where) {
      query.where(where)
    }
    if (orderBy) {
      query.orderBy(orderBy)
    }
    if (skip) {
      query.offset(skip)
    }
    if (take || take === 0) {
      query.limit(take)
    }

    return query // expect-also: [kx50i]
  }
}
