export const tenant = (userId: bigint) => ({ userId });
