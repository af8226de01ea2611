const isSharingEnabled = process.env.CAMPAIGN_SHARING === 'true';

/**
 * The campaigns a user may manage. With sharing on, a user also manages the
 * campaigns named after their team, but always within their own partition.
 */
export function manageableCampaignWhere({ userId, team }: { userId: bigint; team?: string }) {
  if (!isSharingEnabled || !team) {
    return { userId };
  }
  return {
    userId,
    OR: [{ archived: false }, { name: { startsWith: `${team}:` } }],
  };
}
