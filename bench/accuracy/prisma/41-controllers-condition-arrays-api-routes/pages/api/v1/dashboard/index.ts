import type { NextApiRequest, NextApiResponse } from 'next';
import getCampaigns from '../../../../lib/api/controllers/campaigns/getCampaigns';
import getDashboardData from '../../../../lib/api/controllers/dashboard/getDashboardData';
import verifyUser from '../../../../lib/api/verifyUser';

export default async function dashboard(req: NextApiRequest, res: NextApiResponse) {
  const user = await verifyUser({ req, res });
  if (!user) return;

  if (req.method === 'GET') {
    const data = await getDashboardData(user.id);
    const campaigns = await getCampaigns(user.id); // expect: prunes [pr41f] cross
    return res.status(data.status).json({ response: { ...data.response, campaigns: campaigns.response } });
  }
}
