const { Model } = require('objection');

const utils = {
  /**
   * Conditionally adds a where or where in clause to the `query` if `value` is a value
   * or an array of values respectively
   */
  filterOneOrMany(query, value, column) {
    if (value) {
      if (Array.isArray(value)) {
        query.whereIn(column, value);
      } else {
        query.where(column, value);
      }
    }
  },

  /**
   * Conditionally adds a where ilike clause to the `query` builder if `value` is not falsy
   */
  filterILike(query, value, column) {
    if (value) query.where(column, 'ilike', `%${value}%`);
  },

  /**
   * Wraps Objection/Knex queries in an Objection Transaction object
   */
  async trxWrapper(callback) {
    const trx = await Model.startTransaction();
    try {
      const result = await callback(trx); // expect-also: [ob48m]
      await trx.commit();
      return result;
    } catch (err) {
      await trx.rollback();
      throw err;
    }
  }
};

module.exports = utils;
