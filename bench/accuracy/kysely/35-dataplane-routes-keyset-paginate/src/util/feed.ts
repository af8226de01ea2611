import { type DynamicReferenceBuilder, sql } from 'kysely';

// For users with sparse histories, avoid scanning further back than a week for one page.
export const getLeadDateThreshold = (from: string | undefined, days = 7) => {
  const threshold = from ? new Date(from) : new Date();
  threshold.setDate(threshold.getDate() - days);
  return threshold.toISOString();
};

export const notArchivedClause = (kindRef: DynamicReferenceBuilder) => sql<boolean>`${kindRef} != 'archived'`;
