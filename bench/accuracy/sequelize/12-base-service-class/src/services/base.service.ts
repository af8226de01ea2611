import type { Model, ModelStatic, WhereOptions } from 'sequelize';

export class BaseService<M extends Model> {
  constructor(protected readonly model: ModelStatic<M>) {}

  findAll(where: WhereOptions, limit = 50) {
    return this.model.findAll({ where, limit });
  }
}
