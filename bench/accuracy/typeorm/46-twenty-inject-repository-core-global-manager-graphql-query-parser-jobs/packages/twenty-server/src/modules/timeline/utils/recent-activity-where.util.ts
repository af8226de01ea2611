import { MoreThan } from 'typeorm';

const MERGE_WINDOW_MS = 10 * 60 * 1000;

export const buildRecentActivityWhere = (leadId: string, kind: string) => ({
  leadId,
  kind,
  createdAt: MoreThan(new Date(Date.now() - MERGE_WINDOW_MS)),
});
