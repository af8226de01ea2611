import { db } from './database';

export async function leadById(id: number) {
  return db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst(); // expect: scans-all [ky02a]
}

export async function leadByKey(id: number, createdAt: Date) {
  return db.selectFrom('leads').selectAll().where('id', '=', id).where('created_at', '=', createdAt).executeTakeFirstOrThrow(); // expect: prunes [ky02b]
}

export async function countByStatus(status: string) {
  const { n } = await db.selectFrom('leads').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', status).executeTakeFirstOrThrow(); // expect: scans-all [ky02c]
  return n;
}
