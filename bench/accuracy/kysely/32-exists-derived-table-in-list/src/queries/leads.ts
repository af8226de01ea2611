import { db } from '../db';

export async function leadsWithEmails(since: Date) {
  return db
    .selectFrom('leads')
    .selectAll('leads')
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('agent_outputs').select('agent_outputs.id').whereRef('agent_outputs.lead_id', '=', 'leads.id').where('agent_outputs.kind', '=', 'email')),
    )
    .where('leads.created_at', '>=', since)
    .execute(); // expect: scans-all [ky32a]
}

export async function statusCountsSince(since: Date) {
  const recent = db.selectFrom('leads').select(['id', 'status']).where('created_at', '>=', since).as('recent');
  return db
    .selectFrom(recent)
    .select(['recent.status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('recent.status')
    .execute(); // expect: prunes [ky32b]
}

export async function leadsOnDays(days: Date[]) {
  return db.selectFrom('leads').select(['id', 'created_at']).where('created_at', 'in', days).execute(); // expect: prunes [ky32c]
}

export async function outputsOfCompany(company: string) {
  return db
    .selectFrom('agent_outputs')
    .innerJoin('leads', 'leads.id', 'agent_outputs.lead_id')
    .select(['agent_outputs.id', 'agent_outputs.kind'])
    .where('leads.company', '=', company)
    .execute(); // expect: scans-all [ky32d]
}
