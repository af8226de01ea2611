import type { NextApiRequest, NextApiResponse } from 'next';
import deleteLeadById from '../../../../lib/api/controllers/leads/deleteLeadById';
import getLeadById from '../../../../lib/api/controllers/leads/getLeadById';
import verifyUser from '../../../../lib/api/verifyUser';

export default async function lead(req: NextApiRequest, res: NextApiResponse) {
  const user = await verifyUser({ req, res });
  if (!user) return;

  if (req.method === 'GET') {
    const updated = await getLeadById(user.id, BigInt(req.query.id as string)); // expect: scans-all [pr41c] cross
    return res.status(updated.status).json({ response: updated.response });
  } else if (req.method === 'DELETE') {
    const deleted = await deleteLeadById(user.id, BigInt(req.query.id as string), new Date(req.query.createdAt as string));
    return res.status(deleted.status).json({ response: deleted.response });
  }
}
