export * from "./db";
export * from "./schema";
export * from "drizzle-orm";
