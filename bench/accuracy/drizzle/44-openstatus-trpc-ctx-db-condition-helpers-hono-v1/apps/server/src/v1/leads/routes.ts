import { OpenAPIHono, z } from "@hono/zod-openapi";
import { startOfMonth } from "date-fns";

import { getLeadSummary, getLeads } from "./service";

type Variables = { workspace: { userId: number } };

export const leadsApi = new OpenAPIHono<{ Variables: Variables }>();

const SummaryQuery = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

leadsApi.get("/", async (c) => {
  const { userId } = c.get("workspace");
  const _leads = await getLeads(userId);
  return c.json(_leads, 200);
});

leadsApi.get("/summary", async (c) => {
  const { userId } = c.get("workspace");
  const query = SummaryQuery.parse(c.req.query());
  const from = query.from ?? startOfMonth(new Date());
  const to = query.to ?? new Date();
  const summary = await getLeadSummary(userId, from, to);
  return c.json(summary, 200);
});
