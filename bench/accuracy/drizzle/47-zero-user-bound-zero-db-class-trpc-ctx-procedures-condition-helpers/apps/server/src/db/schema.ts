import { relations } from 'drizzle-orm';
import { bigint, bigserial, boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const leads = pgTable('leads', {
  id: bigserial('id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  campaignId: bigint('campaign_id', { mode: 'number' }),
  company: text('company').notNull(),
  email: text('email').notNull(),
  status: text('status').notNull().default('new'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const agentOutputs = pgTable('agent_outputs', {
  id: bigserial('id', { mode: 'number' }).notNull(),
  leadId: bigint('lead_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  body: text('body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const campaigns = pgTable('campaigns', {
  id: bigserial('id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  name: text('name').notNull(),
  archived: boolean('archived').notNull().default(false),
});

export const leadsRelations = relations(leads, ({ many, one }) => ({
  outputs: many(agentOutputs),
  campaign: one(campaigns, { fields: [leads.campaignId], references: [campaigns.id] }),
}));

export const agentOutputsRelations = relations(agentOutputs, ({ one }) => ({
  lead: one(leads, { fields: [agentOutputs.leadId], references: [leads.id] }),
}));
