import { Knex } from 'knex';

/**
 * Removes generated outputs older than the given date. Runs in whatever transaction the caller holds.
 */
export function deleteOutputsOlderThan(options: { knex: Knex | Knex.Transaction; before: Date }) {
  const { knex, before } = options;
  return knex('agent_outputs').where('created_at', '<', before).delete();
}
