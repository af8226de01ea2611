import type { FindOptions, Model, ModelStatic } from 'sequelize';

export async function paginate<M extends Model>(model: ModelStatic<M>, options: FindOptions, page: number, perPage = 20) {
  const { rows, count } = await model.findAndCountAll({ ...options, limit: perPage, offset: (page - 1) * perPage });
  return { rows, count, pages: Math.ceil(count / perPage) };
}
