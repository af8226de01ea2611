import { db } from '../db';

export function leadsOfCompany(company: string) {
  return db('leads').where({ company });
}

export function leadsOfUser(userId: number) {
  return db('leads').where('user_id', userId).orderBy('id', 'desc');
}
