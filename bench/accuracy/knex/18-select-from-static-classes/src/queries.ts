import { db } from './db';
import { LeadOutputs } from './outputs';

export async function companyIds(company: string) {
  return db.select('id').from('leads').where('company', company); // expect: scans-all [kx18a]
}

export async function inWindow(from: Date, to: Date) {
  return db('leads').where((qb) => {
    void qb.where('created_at', '>=', from).andWhere('created_at', '<', to);
  }); // expect: prunes [kx18b]
}

export async function outputsOf(leadId: number) {
  return LeadOutputs.base().where('lead_id', leadId); // expect: scans-all [kx18c] cross
}
