import { selectLeads } from '../../../postgres/select';

const leadByEmail = async (_source: unknown, { email }: { email: string }) => {
  return selectLeads().where('email', '=', email).executeTakeFirst(); // expect: scans-all [ky39h] cross
};

export default leadByEmail;
