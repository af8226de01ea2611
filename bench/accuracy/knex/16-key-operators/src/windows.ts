import { db } from './db';

export async function atInstants(instants: Date[]) {
  return db('leads').whereIn('created_at', instants); // expect: prunes [kx16a]
}

export async function stamped() {
  return db('leads').whereNotNull('created_at').where({ status: 'new' }); // expect: scans-all [kx16b]
}

export async function lastDay() {
  return db('leads').where('created_at', '>', db.raw("now() - interval '1 day'")); // expect: prunes [kx16c]
}

export async function exactly(createdAt: Date) {
  return db('leads').where({ created_at: createdAt, status: 'new' }); // expect: prunes [kx16d]
}
