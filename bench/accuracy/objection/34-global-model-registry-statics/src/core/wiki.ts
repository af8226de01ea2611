import * as models from '../models';
import { knex } from './db';

/** The process-wide registry every module reaches the models through (loaded once at boot). */
export const WIKI = {
  models: {
    ...models,
    knex,
  },
};
