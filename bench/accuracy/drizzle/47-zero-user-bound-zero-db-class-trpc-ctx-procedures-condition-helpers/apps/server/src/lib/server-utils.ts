import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { getContext } from 'hono/context-storage';
import type { DB } from '../db';
import { campaigns } from '../db/schema';

type HonoVariables = { db: DB; sessionUser?: { id: number; defaultCampaignId: number | null } };

// The campaign the signed-in user works in: the default one when set, else the first one.
export const getActiveCampaign = async () => {
  const c = getContext<{ Variables: HonoVariables }>();
  const { db, sessionUser } = c.var;
  if (!sessionUser) throw new TRPCError({ code: 'UNAUTHORIZED' });

  if (sessionUser.defaultCampaignId) {
    const active = await db.query.campaigns.findFirst({
      where: and(eq(campaigns.userId, sessionUser.id), eq(campaigns.id, sessionUser.defaultCampaignId)),
    }); // expect: prunes [dz47g]
    if (active) return active;
  }
  const first = await db.query.campaigns.findFirst({ where: eq(campaigns.userId, sessionUser.id) }); // expect: prunes [dz47p]
  if (!first) throw new Error('No campaigns found for user');
  return first;
};
