import { Model } from 'objection';

export class BaseModel extends Model {
  /** Rows owned by a user; every owned table has a user_id column. */
  static ofUser<M extends typeof BaseModel>(this: M, userId: number) {
    return this.query().where('user_id', userId);
  }
}
