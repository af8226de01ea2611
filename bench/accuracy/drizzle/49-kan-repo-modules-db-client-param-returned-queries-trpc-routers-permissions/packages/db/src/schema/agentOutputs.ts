import { relations } from "drizzle-orm";
import { bigint, bigserial, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { leads } from "./leads";

export const agentOutputs = pgTable("agent_outputs", {
  id: bigserial("id", { mode: "number" }).notNull(),
  leadId: bigint("lead_id", { mode: "number" }).notNull(),
  kind: text("kind").notNull(),
  body: text("body"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const agentOutputsRelations = relations(agentOutputs, ({ one }) => ({
  lead: one(leads, { fields: [agentOutputs.leadId], references: [leads.id] }),
}));
