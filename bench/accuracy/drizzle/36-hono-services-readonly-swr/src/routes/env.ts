import type { Hono } from 'hono';
import type { Database } from '../db';
import type { SwrNamespace } from '../lib/cache';

export type ServiceContext = {
  db: Database;
  cache: { leadById: SwrNamespace<unknown> };
};

export type HonoEnv = {
  Variables: {
    services: ServiceContext;
    auth: { userId: number };
  };
};

export type App = Hono<HonoEnv>;
