import { Lead } from './models/Lead';

export async function feedFetched(since: Date) {
  return Lead.query().where('created_at', '>=', since).withGraphFetched('outputs'); // expect: scans-all [ob04a]
}

export async function feedJoined(since: Date) {
  return Lead.query().withGraphJoined('outputs').where('leads.created_at', '>=', since).where('outputs.created_at', '>=', since); // expect: prunes [ob04b]
}

export async function feedJoinedMissing(since: Date) {
  return Lead.query().withGraphJoined('outputs').where('leads.created_at', '>=', since); // expect: scans-all [ob04c]
}

export async function plainFeed(since: Date) {
  return Lead.query().where('created_at', '>=', since).orderBy('created_at', 'desc').limit(50); // expect: prunes [ob04d]
}
