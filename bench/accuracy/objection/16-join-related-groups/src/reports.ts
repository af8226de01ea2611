import { Lead } from './models/Lead';

export async function emailLeads(since: Date) {
  return Lead.query().joinRelated('outputs').where('outputs.kind', 'email').where('leads.created_at', '>=', since); // expect: scans-all [ob16a]
}

export async function statusCounts() {
  return Lead.query().select('status').count('* as n').groupBy('status'); // expect: scans-all [ob16b]
}

export async function windowOrToday(from: Date, to: Date) {
  return Lead.query().where((qb) => {
    void qb.where('created_at', '>=', from).andWhere('created_at', '<', to);
  }); // expect: prunes [ob16c]
}
