import type { Models } from '../models/factory';

export default class TaskService {
  constructor(private models: Models) {}

  public async deleteExpiredOutputs(): Promise<number> {
    return this.models.agentOutput().deleteExpired(90); // expect: prunes [kx41h] cross
  }
}
