import { AjvValidator, Model } from 'objection';
import addFormats from 'ajv-formats';

class Base extends Model {
  // Columns are snake_case in the database and camelCase here: knexSnakeCaseMappers() in config/database.js maps both ways.
  static createValidator() {
    return new AjvValidator({
      onCreateAjv: (ajv) => {
        addFormats.default(ajv);
      },
      options: { allErrors: true, validateSchema: true, ownProperties: true, coerceTypes: true },
    });
  }

  async $beforeUpdate(opt, queryContext) {
    this.updatedAt = new Date().toISOString();
    await super.$beforeUpdate(opt, queryContext);
  }
}

export default Base;
