import type { Knex } from 'knex';
import type { Models } from './factory';

export type Uuid = string;

export interface LoadOptions {
  fields?: string[];
}

export default abstract class BaseModel<T> {
  private db_: Knex;
  private modelFactory_: () => Models;

  constructor(db: Knex, modelFactory: () => Models) {
    this.db_ = db;
    this.modelFactory_ = modelFactory;
  }

  protected models(): Models {
    return this.modelFactory_();
  }

  protected get db(): Knex {
    return this.db_;
  }

  protected get defaultFields(): string[] {
    return ['*'];
  }

  protected get tableName(): string {
    throw new Error('Not implemented');
  }

  public async all(): Promise<T[]> {
    return this.db(this.tableName).select(this.defaultFields); // expect-also: [kx41b]
  }

  public async load(id: number | string, options: LoadOptions = {}): Promise<T | undefined> {
    if (!id) throw new Error('id cannot be empty');
    return this.db(this.tableName).select(options.fields || this.defaultFields).where({ id }).first(); // expect-also: [kx41a]
  }

  public async delete(id: number | string): Promise<void> {
    await this.db(this.tableName).where({ id }).delete();
  }
}
