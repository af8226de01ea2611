import DataLoader from 'dataloader';
import type { ModelClass } from 'objection';
import { Lead } from '../database/models/index';
import type { Model } from '../database/util/model';

/** One loader per model: batches lookups by id during a request. */
function createModelLoader<M extends typeof Model>(Model: M) {
  return new DataLoader<string, InstanceType<M> | null>(async (ids) => {
    const models = (await (Model as unknown as ModelClass<Model>).query().findByIds(ids as string[])) as InstanceType<M>[]; // expect-also: [ob37c]
    const byId = new Map(models.map((model) => [model.id, model]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export const createLoaders = () => ({
  Lead: createModelLoader(Lead),
});

export type Loaders = ReturnType<typeof createLoaders>;
