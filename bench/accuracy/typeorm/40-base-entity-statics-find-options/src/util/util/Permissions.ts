import { Campaign } from '../entities/Campaign';
import { Lead } from '../entities/Lead';

export class HTTPError extends Error {
  constructor(
    message: string,
    public code = 400,
  ) {
    super(message);
  }
}

export async function checkLeadOwner(lead_id: string, user_id: string): Promise<void> {
  const lead = await Lead.findOne({ where: { id: lead_id, userId: user_id }, select: { id: true } }); // expect-also: [to40h]
  if (!lead) throw new HTTPError('Missing Permissions', 403);
}

export async function getCampaignOrFail(user_id: string, campaign_id: string): Promise<Campaign> {
  return await Campaign.findOneOrFail({ where: { id: campaign_id, userId: user_id } });
}
