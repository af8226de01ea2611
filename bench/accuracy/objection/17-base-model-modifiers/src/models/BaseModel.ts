import { Model, type QueryBuilder } from 'objection';

export class BaseModel extends Model {
  static get modifiers() {
    return {
      recent(qb: QueryBuilder<Model>) {
        void qb.where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000));
      },
      active(qb: QueryBuilder<Model>) {
        void qb.where('status', 'new');
      },
    };
  }
}
