import getDatabase from '../database/index';

/** Used by the import flow to skip leads that already exist. */
export async function getLeadByEmail(email: string): Promise<{ id: number; user_id: number } | undefined> {
  const database = getDatabase();
  return database.select('id', 'user_id').from('leads').where({ email: email.toLowerCase() }).first(); // expect: scans-all [kx39g]
}
