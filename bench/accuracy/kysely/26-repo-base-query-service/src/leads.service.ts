import { db } from './database';
import { LeadsRepository } from './leads.repository';

const repo = new LeadsRepository(db);

export async function recentForUser(userId: number, since: Date) {
  return repo.forUser(userId).selectAll().where('created_at', '>=', since).execute(); // expect: prunes [ky26a] cross
}

export async function allForUser(userId: number) {
  return repo.forUser(userId).selectAll().execute(); // expect: scans-all [ky26b] cross
}

export async function countForUser(userId: number) {
  const row = await repo.forUser(userId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(); // expect: scans-all [ky26c] cross
  return row.n;
}
