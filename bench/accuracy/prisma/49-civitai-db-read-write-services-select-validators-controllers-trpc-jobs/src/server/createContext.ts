export type Context = { user: { id: bigint; isModerator?: boolean } };
