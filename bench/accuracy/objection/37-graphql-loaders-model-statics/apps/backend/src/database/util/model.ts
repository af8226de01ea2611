import { Model as ObjectionModel, type QueryContext } from 'objection';

/** The base class of every model: timestamps are set by the application. */
export class Model extends ObjectionModel {
  id!: string;
  createdAt!: string;

  override $beforeInsert(_queryContext: QueryContext) {
    this.createdAt = new Date().toISOString();
  }
}
