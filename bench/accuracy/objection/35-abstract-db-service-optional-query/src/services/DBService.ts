import type { Model, ModelClass, QueryBuilder } from 'objection';

export type Query<T extends Model> = QueryBuilder<T, T[]>;

export class DBError extends Error {}
export class UndefinedError extends Error {}

type Id = string | number;

/** CRUD over one model; every method accepts a query the caller has already narrowed. */
abstract class DBService<T extends Model> {
  protected readonly Model: ModelClass<T>;

  constructor(modelClass: ModelClass<T>) {
    this.Model = modelClass;
  }

  protected getQuery(query?: Query<T>): Query<T> {
    if (!query) query = this.Model.query();
    return query;
  }

  protected async callQuery<R>(query: PromiseLike<R>): Promise<R> {
    try {
      const data = await query;
      return data;
    } catch (err) {
      throw new DBError(String(err));
    }
  }

  protected validateUndefined<R>(data: R | undefined | null): R {
    if (data === undefined || data === null) {
      throw new UndefinedError(this.Model.name);
    }
    return data;
  }

  public async findAll(query?: Query<T>): Promise<T[]> {
    const _query = this.getQuery(query);
    const _data = await this.callQuery(_query);
    return this.validateUndefined(_data);
  }

  public async findById(id: Id, query?: Query<T>): Promise<T> {
    const _query = this.getQuery(query).findById(id);
    const _data = await this.callQuery(_query);
    return this.validateUndefined(_data);
  }

  public async deleteById(id: Id, query?: Query<T>): Promise<void> {
    const _query = this.getQuery(query).deleteById(id);
    await this.callQuery(_query);
  }
}

export default DBService;
