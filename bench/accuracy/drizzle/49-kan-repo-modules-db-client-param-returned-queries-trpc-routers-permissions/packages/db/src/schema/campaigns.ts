import { bigint, bigserial, boolean, pgTable, text } from "drizzle-orm/pg-core";

export const campaigns = pgTable("campaigns", {
  id: bigserial("id", { mode: "number" }).notNull(),
  userId: bigint("user_id", { mode: "number" }).notNull(),
  name: text("name").notNull(),
  archived: boolean("archived").notNull().default(false),
});
