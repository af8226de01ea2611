import { db } from '../db/client';

export async function leadsOfUser(userId: bigint) {
  return db.lead.findMany({ where: { userId }, orderBy: { id: 'desc' } }); // expect: scans-all [pr33a]
}

export async function leadsOfUserSince(userId: bigint, since: Date) {
  return db.lead.findMany({ where: { userId, createdAt: { gte: since } } }); // expect: prunes [pr33b]
}

export async function lastWeek(userId: bigint) {
  return db.lead.findRecent(userId, 7); // expect: prunes [pr33c] cross
}

export async function outputsOfLead(leadId: bigint) {
  return db.agentOutput.findMany({ where: { leadId }, orderBy: { createdAt: 'desc' } }); // expect: scans-all [pr33d]
}
