import { db } from './db';
import { OutputsRepository } from './outputs.repository';

export class OutputsService {
  private readonly outputs = new OutputsRepository(db);

  async history(leadId: number) {
    return this.outputs.ofLead(leadId).orderBy('created_at', 'desc'); // expect: scans-all [kx14a] cross
  }

  async since(leadId: number, since: Date) {
    return this.outputs.ofLead(leadId).andWhere('created_at', '>=', since); // expect: prunes [kx14b] cross
  }
}
