export const LEAD_NOT_FOUND = 'lead/not_found' as const;
export const LEAD_UPDATE_FAILED = 'lead/update_failed' as const;
export const CAMPAIGN_NOT_FOUND = 'campaign/not_found' as const;
