import { z } from 'zod';

export const ZFindSearchParamsSchema = z.object({
  query: z.string().optional(),
  page: z.coerce.number().min(1).optional(),
  perPage: z.coerce.number().min(1).optional(),
});

export type FindResultResponse<T> = { data: T[]; count: number; currentPage: number; perPage: number; totalPages: number };
