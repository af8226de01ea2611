import { TRPCError } from '@trpc/server';

import type { Session } from '@homarr/auth';
import type { Database, SQL } from '@homarr/db';

export type LeadPermission = 'view' | 'modify' | 'full';

/**
 * Throws NOT_FOUND if user is not allowed to perform action on the lead
 * @param ctx trpc router context
 * @param leadWhere where clause for the lead
 * @param permission permission required to perform action on lead
 */
export const throwIfActionForbiddenAsync = async (
  ctx: { db: Database; session: Session | null },
  leadWhere: SQL<unknown>,
  permission: LeadPermission,
) => {
  const { db, session } = ctx;
  const lead = await db.query.leads.findFirst({
    where: leadWhere,
    columns: {
      id: true,
      userId: true,
      status: true,
    },
  }); // expect-also: [dz42e]

  if (!lead) {
    notAllowed();
  }

  if (String(lead.userId) === session?.user.id) {
    return;
  }

  if (permission === 'view' && lead.status !== 'archived' && session?.user.permissions.includes('lead-view-all')) {
    return;
  }

  notAllowed();
};

/**
 * This method returns NOT_FOUND to prevent snooping on lead existence
 */
function notAllowed(): never {
  throw new TRPCError({
    code: 'NOT_FOUND',
    message: 'Lead not found',
  });
}
