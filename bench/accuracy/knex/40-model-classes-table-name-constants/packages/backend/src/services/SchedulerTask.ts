import type { ModelRepository } from '../models/ModelRepository';

export class SchedulerTask {
  constructor(private readonly models: ModelRepository) {}

  async cleanOutputs(): Promise<number> {
    const cutoff = new Date(Date.now() - 30 * 86_400_000);
    return this.models.getLeadModel().deleteOutputsOlderThan(cutoff); // expect: prunes [kx40g] cross
  }
}
