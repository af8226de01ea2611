import { db } from '../db';

/** CRUD shared by every table's repository. */
export class BaseRepository<Row extends { id: number }> {
  constructor(protected readonly table: string) {}

  protected query() {
    return db<Row>(this.table);
  }

  findById(id: number) {
    return this.query().where({ id }).first();
  }

  findMany(ids: number[]) {
    return this.query().whereIn('id', ids);
  }
}
