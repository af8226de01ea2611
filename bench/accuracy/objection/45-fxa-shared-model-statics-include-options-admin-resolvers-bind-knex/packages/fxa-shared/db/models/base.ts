import { Model } from 'objection';

export class BaseModel extends Model {
  $beforeUpdate() {
    // Timestamps are owned by the database; nothing to touch here.
  }
}

export class BaseAuthModel extends BaseModel {
  static get modelPaths() {
    return [__dirname];
  }
}
