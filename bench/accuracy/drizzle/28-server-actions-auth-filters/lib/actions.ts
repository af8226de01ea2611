import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { getUser } from './auth';
import { db } from './db/drizzle';
import { leads } from './db/schema';

type ActionState = { error?: string; success?: string };

function validatedActionWithUser<S extends z.ZodTypeAny>(schema: S, action: (data: z.infer<S>, user: { id: number }) => Promise<ActionState>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await getUser();
    if (!user) throw new Error('User is not authenticated');
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message };
    return action(parsed.data, user);
  };
}

const updateStatusSchema = z.object({ id: z.coerce.number(), status: z.enum(['new', 'won', 'lost']) });

export const updateLeadStatus = validatedActionWithUser(updateStatusSchema, async (data, user) => {
  await db.update(leads).set({ status: data.status }).where(and(eq(leads.id, data.id), eq(leads.userId, user.id))); // expect: scans-all [dz28d]
  return { success: 'Status updated' };
});
