import { initTRPC } from '@trpc/server';
import type { Context } from './createContext';

const t = initTRPC.context<Context>().create();
export const router = t.router;
export const protectedProcedure = t.procedure;
