import { relations } from "drizzle-orm";
import { bigint, bigserial, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { agentOutputs } from "./agentOutputs";
import { campaigns } from "./campaigns";

export const leads = pgTable("leads", {
  id: bigserial("id", { mode: "number" }).notNull(),
  userId: bigint("user_id", { mode: "number" }).notNull(),
  campaignId: bigint("campaign_id", { mode: "number" }),
  company: text("company").notNull(),
  email: text("email").notNull(),
  status: text("status").notNull().default("new"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const leadsRelations = relations(leads, ({ many, one }) => ({
  outputs: many(agentOutputs),
  campaign: one(campaigns, { fields: [leads.campaignId], references: [campaigns.id] }),
}));
