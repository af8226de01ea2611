import type { FindOptions, ModelStatic } from "sequelize";
import { Model as SequelizeModel } from "sequelize-typescript";

type BatchOptions<T> = FindOptions<T> & {
  /** Rows fetched per batch. */
  batchLimit?: number;
  /** Rows fetched in all. */
  totalLimit?: number;
};

class Model<TAttributes extends object = any, TCreation extends object = any> extends SequelizeModel<TAttributes, TCreation> {
  /**
   * Loads the rows of a query in batches and hands each batch to the callback.
   */
  static async findAllInBatches<T extends Model>(
    this: ModelStatic<T>,
    query: BatchOptions<T>,
    callback: (results: Array<T>, query: BatchOptions<T>) => Promise<void>
  ) {
    const batchLimit = query.batchLimit ?? 10;
    const totalLimit = query.totalLimit ?? Infinity;
    let total = 0;
    let results;

    do {
      const limit = Math.min(batchLimit, totalLimit - total);
      results = await this.findAll({ ...query, offset: total, limit }); // expect: prunes [sq42a] cross
      total += results.length;
      await callback(results, query);
    } while (results.length === batchLimit && total < totalLimit);
  }
}

export default Model;
