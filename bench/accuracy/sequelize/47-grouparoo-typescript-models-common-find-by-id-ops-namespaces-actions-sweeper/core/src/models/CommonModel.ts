import { Model } from 'sequelize-typescript';

export abstract class CommonModel<T> extends Model<T> {
  abstract idPrefix(): string;

  // Every model is looked up by its id through this finder (the generic `findById` of the app's base model).
  static async findById<M extends CommonModel<any>>(this: { findOne(options: object): Promise<M | null>; name: string }, id: string): Promise<M> {
    const instance = await this.findOne({ where: { id } }); // expect: scans-all [sq47a] cross
    if (!instance) throw new Error(`cannot find ${this.name} ${id}`);
    return instance;
  }
}
