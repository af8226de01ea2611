export const campaignOwnerWhere = (userId: bigint) => ({ userId, archived: false });
