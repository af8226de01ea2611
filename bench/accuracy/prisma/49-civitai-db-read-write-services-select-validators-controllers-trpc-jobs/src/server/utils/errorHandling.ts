import { TRPCError } from '@trpc/server';

export const throwDbError = (error: unknown) => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred', cause: error });
export const throwNotFoundError = (message: string) => new TRPCError({ code: 'NOT_FOUND', message });
