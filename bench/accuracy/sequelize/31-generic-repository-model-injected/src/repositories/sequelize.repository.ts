import type { Attributes, FindOptions, Model, ModelStatic, WhereOptions } from 'sequelize';

export class SequelizeRepository<M extends Model> {
  constructor(private readonly model: ModelStatic<M>) {}

  find(options?: FindOptions<Attributes<M>>): Promise<M[]> {
    return this.model.findAll(options);
  }

  count(where?: WhereOptions<Attributes<M>>): Promise<number> {
    return this.model.count({ where });
  }
}
