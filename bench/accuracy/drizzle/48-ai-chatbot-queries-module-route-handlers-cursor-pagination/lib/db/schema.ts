import { bigint, bigserial, boolean, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const lead = pgTable(
  'leads',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    userId: bigint('user_id', { mode: 'number' }).notNull(),
    campaignId: bigint('campaign_id', { mode: 'number' }),
    company: text('company').notNull(),
    email: text('email').notNull(),
    status: text('status').notNull().default('new'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.id, table.createdAt] })],
);

export const agentOutput = pgTable('agent_outputs', {
  id: bigserial('id', { mode: 'number' }).notNull(),
  leadId: bigint('lead_id', { mode: 'number' }).notNull(),
  kind: text('kind').notNull(),
  body: text('body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const campaign = pgTable('campaigns', {
  id: bigserial('id', { mode: 'number' }).notNull(),
  userId: bigint('user_id', { mode: 'number' }).notNull(),
  name: text('name').notNull(),
  archived: boolean('archived').notNull().default(false),
});

export type Lead = typeof lead.$inferSelect;
export type AgentOutput = typeof agentOutput.$inferSelect;
