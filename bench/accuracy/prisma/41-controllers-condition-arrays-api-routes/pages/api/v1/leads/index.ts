import type { NextApiRequest, NextApiResponse } from 'next';
import getLeads from '../../../../lib/api/controllers/leads/getLeads';
import type { LeadRequestQuery } from '../../../../lib/api/types';
import verifyUser from '../../../../lib/api/verifyUser';

export default async function leads(req: NextApiRequest, res: NextApiResponse) {
  const user = await verifyUser({ req, res });
  if (!user) return;

  if (req.method === 'GET') {
    const convertedData: LeadRequestQuery = {
      sort: Number(req.query.sort as string),
      cursor: req.query.cursor ? BigInt(req.query.cursor as string) : undefined,
      status: req.query.status ? (req.query.status as string) : undefined,
      searchQueryString: req.query.searchQueryString ? (req.query.searchQueryString as string) : undefined,
      searchByCompany: req.query.searchByCompany === 'true' ? true : undefined,
      searchByEmail: req.query.searchByEmail === 'true' ? true : undefined,
    };

    const leads = await getLeads(user.id, convertedData); // expect: scans-all [pr41a] cross
    return res.status(leads.status).json({ response: leads.response });
  }
}
