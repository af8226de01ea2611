import { z } from 'zod';

export const queryLeadsPayload = z.object({
  limit: z.number().int().default(50),
  startTime: z.number().int(),
  endTime: z.number().int(),
  statuses: z
    .object({ filters: z.array(z.object({ operator: z.literal('is'), value: z.string() })) })
    .nullable()
    .optional(),
});
