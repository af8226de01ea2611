import { db } from './db';
import { leads } from './tables';

export async function byEmail(email: string) {
  return leads().where({ email }).first(); // expect: scans-all [kx19a] cross
}

export async function since(when: Date) {
  return leads().where('created_at', '>=', when); // expect: prunes [kx19b] cross
}

export async function companyCounts() {
  return db('leads').select('company').count('* as n').groupBy('company'); // expect: scans-all [kx19c]
}

export async function firstInWindow(userId: number, from: Date, to: Date) {
  return db('leads').where({ user_id: userId }).whereBetween('created_at', [from, to]).first('id'); // expect: prunes [kx19d]
}
