import { db } from './db';

export class LeadOutputs {
  static base() {
    return db('agent_outputs');
  }
}
