import { Model } from 'objection';

/** Rows marked deleted stay in the table; every query of a subclass hides them. */
export class SoftDeleteModel extends Model {
  static query(...args: Parameters<typeof Model.query>) {
    return super.query(...args).whereNot(`${this.tableName}.status`, 'deleted');
  }
}
