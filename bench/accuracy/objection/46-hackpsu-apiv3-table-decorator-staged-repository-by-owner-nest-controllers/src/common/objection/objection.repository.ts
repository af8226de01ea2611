import { Injectable, Inject } from '@nestjs/common';
import type { ModelClass } from 'objection';
import type { Entity } from '../../entities/base.entity';
import { User } from '../../entities/user.entity';
import { TableMetadataKey } from './decorators/table.decorator';
import type { QueryBuilder } from './query-builder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQuery = QueryBuilder<any, any>;

type StagedQuery<TResponse> = {
  raw(): AnyQuery;
  exec(): Promise<TResponse>;
  byUser(userId?: number): AnyQuery;
};

type LazyQuery = (qb: AnyQuery) => AnyQuery;

export const InjectRepository = (entity: { name: string }) => Inject(`${entity.name}Repository`);

@Injectable()
export class Repository<TEntity extends Entity = Entity> {
  constructor(private readonly model: ModelClass<TEntity>) {}

  // Scopes the staged query to one owner; without an id, to the most recently registered account.
  private _resolveWithUser(query: LazyQuery, byUser?: number): AnyQuery {
    const metadata = Reflect.getOwnMetadata(TableMetadataKey, this.model.prototype) || {};
    if (metadata?.disableByUser) {
      return query(this.model.query() as AnyQuery);
    }
    const relatedQuery = User.relatedQuery(this.model.tableName) as AnyQuery;
    if (byUser) {
      return query(relatedQuery.for(byUser));
    }
    return query(relatedQuery.for(User.query().select('id').orderBy('created_at', 'desc').limit(1)));
  }

  private _stageQuery<T>(query: LazyQuery): StagedQuery<T> {
    return {
      raw: () => query(this.model.query() as AnyQuery),
      exec: async () => (await query(this.model.query() as AnyQuery)) as T,
      byUser: (userId?: number) => this._resolveWithUser(query, userId),
    };
  }

  findOne(id: string | number): StagedQuery<TEntity> {
    return this._stageQuery((qb) => qb.findById(id));
  }

  findAll(): StagedQuery<TEntity[]> {
    return this._stageQuery((qb) => qb);
  }

  replaceOne(id: string | number, data: object): StagedQuery<TEntity> {
    return this._stageQuery((qb) => qb.updateAndFetchById(id, data));
  }

  patchOne(id: string | number, data: object): StagedQuery<TEntity> {
    return this._stageQuery((qb) => qb.patchAndFetchById(id, data));
  }

  createOne(data: object): StagedQuery<TEntity> {
    return this._stageQuery((qb) => qb.insertAndFetch(data));
  }

  deleteOne(id: string | number): StagedQuery<TEntity> {
    return this._stageQuery((qb) => qb.deleteById(id));
  }
}
