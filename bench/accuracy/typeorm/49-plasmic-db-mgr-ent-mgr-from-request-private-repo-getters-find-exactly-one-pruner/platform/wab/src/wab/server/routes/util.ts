import type { Request } from "express";
import { ANON_USER, DbMgr, normalActor, type CompatRequest } from "../db/DbMgr";

export type AppRequest = Request & CompatRequest & { user?: { id: string } };

export function getUser(req: AppRequest) {
  if (!req.user) {
    throw new Error("Not logged in");
  }
  return req.user;
}

export function userDbMgr(req: AppRequest) {
  return new DbMgr(req, req.user ? normalActor(req.user.id) : ANON_USER);
}
