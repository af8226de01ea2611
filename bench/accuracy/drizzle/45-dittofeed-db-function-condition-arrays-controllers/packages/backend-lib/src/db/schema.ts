import { relations } from "drizzle-orm";
import { bigint, bigserial, boolean, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const campaign = pgTable("campaigns", {
  id: bigserial("id", { mode: "number" }).notNull(),
  userId: bigint("user_id", { mode: "number" }).notNull(),
  name: text("name").notNull(),
  archived: boolean("archived").notNull().default(false),
});

export const lead = pgTable("leads", {
  id: bigserial("id", { mode: "number" }).notNull(),
  userId: bigint("user_id", { mode: "number" }).notNull(),
  campaignId: bigint("campaign_id", { mode: "number" }),
  company: text("company").notNull(),
  email: text("email").notNull(),
  status: text("status").notNull().default("new"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const agentOutput = pgTable("agent_outputs", {
  id: bigserial("id", { mode: "number" }).notNull(),
  leadId: bigint("lead_id", { mode: "number" }).notNull(),
  kind: text("kind").notNull(),
  body: text("body"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const leadRelations = relations(lead, ({ many }) => ({
  outputs: many(agentOutput),
}));

export const agentOutputRelations = relations(agentOutput, ({ one }) => ({
  lead: one(lead, { fields: [agentOutput.leadId], references: [lead.id] }),
}));
