import db from '../db';

export const leadsRepository = {
  byEmail(email: string) {
    return db('leads').where({ email }).first();  // expect-also: [kx11a]
  },
  byEmailSince(email: string, since: Date) {
    return db('leads').where({ email }).andWhere('created_at', '>=', since).first();
  },
};
