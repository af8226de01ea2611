import * as foreignKeyLoaderMakers from './foreignKeyLoaderMakers';
import * as primaryKeyLoaderMakers from './primaryKeyLoaderMakers';

const loaderMakers = {
  leads: primaryKeyLoaderMakers.leads,
  outputsByLeadId: foreignKeyLoaderMakers.outputsByLeadId,
};

type Loaders = { [K in keyof typeof loaderMakers]: ReturnType<(typeof loaderMakers)[K]> };

export default class RootDataLoader {
  private loaders: Partial<Loaders> = {};

  get<K extends keyof Loaders>(name: K): Loaders[K] {
    this.loaders[name] ??= loaderMakers[name]() as Loaders[K];
    return this.loaders[name]!;
  }
}
