import { Database } from '../db';
import leads from './routes/leads';
import outputs from './routes/outputs';

export const createRoutes = (db: Database) => ({
  ...leads(db),
  ...outputs(db),
});

export const routes = createRoutes(new Database({ url: process.env.DB_POSTGRES_URL ?? '' }));
