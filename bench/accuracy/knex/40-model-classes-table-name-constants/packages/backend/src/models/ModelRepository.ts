import type { Knex } from 'knex';
import { LeadModel } from './LeadModel';

type ModelManifest = {
  leadModel: LeadModel;
};

/** Builds each model once and hands it to the services. */
export class ModelRepository {
  private readonly database: Knex;
  private readonly modelInstances: Partial<ModelManifest> = {};

  constructor({ database }: { database: Knex }) {
    this.database = database;
  }

  public getLeadModel(): LeadModel {
    return this.getModel('leadModel', () => new LeadModel({ database: this.database }));
  }

  private getModel<K extends keyof ModelManifest>(name: K, factory: () => ModelManifest[K]): ModelManifest[K] {
    this.modelInstances[name] ??= factory();
    return this.modelInstances[name]!;
  }
}
