import { Lead } from '../models/Lead';

export async function activeLeads(userId: number) {
  return Lead.query().ownedBy(userId).active().orderBy('id', 'desc'); // expect: scans-all [ob29a] cross
}

export async function leadsInQuarter(userId: number, from: Date) {
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 3, 1));
  return Lead.query().ownedBy(userId).createdIn({ from, to }).active(); // expect: prunes [ob29b] cross
}

export async function activeLead(id: number) {
  return Lead.query().active().findById(id); // expect: scans-all [ob29c] cross
}

export async function countInRange(range: { from: Date; to: Date }) {
  return Lead.query().createdIn(range).resultSize(); // expect: prunes [ob29d] cross
}
