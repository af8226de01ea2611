import { db } from '../db';

export default {
  findByCompany(company: string) {
    return db('leads').where({ company });
  },
  findSince(since: Date) {
    return db('leads').where('created_at', '>=', since);
  },
};
