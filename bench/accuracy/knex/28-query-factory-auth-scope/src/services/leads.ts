import { scopeToUser, type CurrentUser } from '../queries/auth';
import { leadsQuery } from '../queries/leads';
import { withinRange } from '../queries/range';

export async function myLeadIds(user: CurrentUser) {
  return scopeToUser(leadsQuery(), user).select('id'); // expect: scans-all [kx28a] cross
}

export async function myLeadsInRange(user: CurrentUser, range: { from: Date; to: Date }) {
  return withinRange(scopeToUser(leadsQuery(), user), range); // expect: prunes [kx28b] cross
}

export async function leadByEmail(email: string) {
  return leadsQuery().where({ email }).first(); // expect: scans-all [kx28c] cross
}
