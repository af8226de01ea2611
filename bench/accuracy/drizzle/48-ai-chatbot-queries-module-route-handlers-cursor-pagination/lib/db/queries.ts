import 'server-only';

import { and, asc, count, desc, eq, gt, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { ChatSDKError } from '../errors';
import { agentOutput, campaign, type Lead, lead } from './schema';

// biome-ignore lint: Forbidden non-null assertion.
const client = postgres(process.env.POSTGRES_URL!);
const db = drizzle(client);

export async function getLeadById({ id }: { id: number }) {
  try {
    const [selectedLead] = await db.select().from(lead).where(eq(lead.id, id)); // expect: scans-all [dz48a]
    return selectedLead;
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get lead by id');
  }
}

export async function getLeadsByUserId({ id, limit, startingAfter, endingBefore }: { id: number; limit: number; startingAfter: number | null; endingBefore: number | null }) {
  try {
    const extendedLimit = limit + 1;

    const query = (whereCondition?: SQL<any>) =>
      db
        .select()
        .from(lead)
        .where(whereCondition ? and(whereCondition, eq(lead.userId, id)) : eq(lead.userId, id))
        .orderBy(desc(lead.createdAt))
        .limit(extendedLimit);

    let filteredLeads: Lead[] = [];

    if (startingAfter) {
      const [selectedLead] = await db.select().from(lead).where(eq(lead.id, startingAfter)).limit(1); // expect: scans-all [dz48b]
      if (!selectedLead) {
        throw new ChatSDKError('not_found:database', `Lead with id ${startingAfter} not found`);
      }
      filteredLeads = await query(gt(lead.createdAt, selectedLead.createdAt)); // expect: prunes [dz48c] cross
    } else if (endingBefore) {
      const [selectedLead] = await db.select().from(lead).where(eq(lead.id, endingBefore)).limit(1); // expect: scans-all [dz48d]
      if (!selectedLead) {
        throw new ChatSDKError('not_found:database', `Lead with id ${endingBefore} not found`);
      }
      filteredLeads = await query(lt(lead.createdAt, selectedLead.createdAt)); // expect: prunes [dz48e] cross
    } else {
      filteredLeads = await query(); // expect: scans-all [dz48f] cross
    }

    const hasMore = filteredLeads.length > limit;
    return { leads: hasMore ? filteredLeads.slice(0, limit) : filteredLeads, hasMore };
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get leads by user id');
  }
}

export async function deleteLeadById({ id }: { id: number }) {
  try {
    await db.delete(agentOutput).where(eq(agentOutput.leadId, id)); // expect: scans-all [dz48g]
    const [leadsDeleted] = await db.delete(lead).where(eq(lead.id, id)).returning(); // expect: scans-all [dz48h]
    return leadsDeleted;
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to delete lead by id');
  }
}

export async function updateLeadStatusById({ leadId, createdAt, status }: { leadId: number; createdAt: Date; status: string }) {
  try {
    return await db.update(lead).set({ status }).where(and(eq(lead.id, leadId), eq(lead.createdAt, createdAt))); // expect: prunes [dz48i]
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to update lead status');
  }
}

export async function getOutputsByLeadId({ id }: { id: number }) {
  try {
    return await db.select().from(agentOutput).where(eq(agentOutput.leadId, id)).orderBy(asc(agentOutput.createdAt)); // expect: scans-all [dz48j]
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get outputs by lead id');
  }
}

export async function getOutputById({ id }: { id: number }) {
  try {
    return await db.select().from(agentOutput).where(eq(agentOutput.id, id)); // expect: scans-all [dz48k]
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get output by id');
  }
}

export async function deleteOutputsByLeadIdAfterTimestamp({ leadId, timestamp }: { leadId: number; timestamp: Date }) {
  try {
    const outputsToDelete = await db
      .select({ id: agentOutput.id })
      .from(agentOutput)
      .where(and(eq(agentOutput.leadId, leadId), gte(agentOutput.createdAt, timestamp))); // expect: prunes [dz48l]

    const outputIds = outputsToDelete.map((output) => output.id);

    if (outputIds.length > 0) {
      return await db.delete(agentOutput).where(and(eq(agentOutput.leadId, leadId), inArray(agentOutput.id, outputIds))); // expect: scans-all [dz48m]
    }
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to delete outputs by lead id after timestamp');
  }
}

export async function getOutputCountByUserId({ id, differenceInHours }: { id: number; differenceInHours: number }) {
  try {
    const twentyFourHoursAgo = new Date(Date.now() - differenceInHours * 60 * 60 * 1000);

    const [stats] = await db
      .select({ count: count(agentOutput.id) })
      .from(agentOutput)
      .innerJoin(lead, eq(agentOutput.leadId, lead.id))
      .where(and(eq(lead.userId, id), gte(agentOutput.createdAt, twentyFourHoursAgo), eq(agentOutput.kind, 'user')))
      .execute(); // expect: scans-all [dz48n]

    return stats?.count ?? 0;
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get output count by user id');
  }
}

export async function getCampaignsByUserId({ userId }: { userId: number }) {
  try {
    return await db.select().from(campaign).where(and(eq(campaign.userId, userId), eq(campaign.archived, false))).orderBy(asc(campaign.name)); // expect: prunes [dz48o]
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get campaigns by user id');
  }
}

export async function getCampaignById({ id }: { id: number }) {
  try {
    const [selectedCampaign] = await db.select().from(campaign).where(eq(campaign.id, id)); // expect: scans-all [dz48p]
    return selectedCampaign;
  } catch (_error) {
    throw new ChatSDKError('bad_request:database', 'Failed to get campaign by id');
  }
}
