// A generic repository holding the model class its type argument names (type-argument-models.ts): `class
// Repository<T> { constructor(private model: ModelClass<T>) {} }` injected as `private repo: Repository<Lead>`, whose
// methods return a builder the caller refines or run the query themselves. Each pattern's reported lines, and the
// nearby forms that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/generic-model-repositories');

const PROSPECT = `import { Model } from 'objection';
export class Prospect extends Model {
  static tableName = 'leads';
  id!: number;
  user_id!: number;
  created_at!: Date;
}
`;

const STORE = `import type { Model, ModelClass } from 'objection';

export const InjectStore = (model: { name: string }) => (target: object, key: string | symbol | undefined, index: number) => void [model, target, key, index];

export class ModelStore<TModel extends Model, TKey = number> {
  constructor(protected readonly modelClass: ModelClass<TModel>, private readonly label?: TKey) {}

  byId(id: number) {
    return this.modelClass.query().findById(id);
  }

  all() {
    return this.modelClass.query();
  }

  async remove(id: number) {
    await this.modelClass.query().deleteById(id);
  }

  async removeOwned(id: number, userId: number, createdAt: Date) {
    await this.modelClass.query().delete().where({ id, user_id: userId, created_at: createdAt });
  }
}
`;

void describe('Objection: generic repositories holding the model their type argument names', () => {
  void it('follows the model of an injected `ModelStore<Prospect>` into builders it returns and queries it runs', () => {
    const controller = `import { InjectStore, ModelStore } from '../db/store';
import { Prospect } from '../models/prospect';

export class ProspectController {
  constructor(
    @InjectStore(Prospect)
    private readonly prospects: ModelStore<Prospect>,
  ) {}

  show(id: number) {
    return this.prospects.byId(id); // by-id
  }

  recent(userId: number, since: Date) {
    return this.prospects.all().where('user_id', userId).where('created_at', '>=', since); // keyed
  }

  async destroy(id: number) {
    await this.prospects.remove(id); // removed
  }

  async destroyOwned(id: number, userId: number, createdAt: Date) {
    await this.prospects.removeOwned(id, userId, createdAt); // keyed-removal
  }
}
`;
    const got = reported({ 'models/prospect.ts': PROSPECT, 'db/store.ts': STORE, 'controllers/prospect.controller.ts': controller }, 'controllers/prospect.controller.ts');
    assert.deepEqual(got, [lineOf(controller, '// by-id'), lineOf(controller, '// removed')]);
  });

  void it('stays silent when the member is not typed as the class of a type parameter, and at a call that only makes a closure', () => {
    const other = `import type { Model } from 'objection';
export class Cache<TModel extends Model> {
  constructor(private readonly source: { query(): unknown } & TModel) {}
  byId(id: number) {
    return (this.source.query() as { findById(id: number): unknown }).findById(id);
  }
}
`;
    const curried = `import type { Model, ModelClass } from 'objection';
export const loaderOf = <T extends Model>(modelClass: ModelClass<T>) => async (ids: readonly number[]) => modelClass.query().whereIn('id', ids);
`;
    const controller = `import { Cache } from '../db/cache';
import { loaderOf } from '../db/loader';
import { Prospect } from '../models/prospect';

export class ProspectController {
  private readonly loadProspects = loaderOf(Prospect);
  constructor(private readonly cache: Cache<Prospect>) {}

  show(id: number) {
    return this.cache.byId(id);
  }
}
`;
    const got = reported({ 'models/prospect.ts': PROSPECT, 'db/cache.ts': other, 'db/loader.ts': curried, 'controllers/prospect.controller.ts': controller }, 'controllers/prospect.controller.ts');
    assert.deepEqual(got, []);
  });
});
