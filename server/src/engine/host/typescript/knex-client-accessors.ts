/**
 * Accessors of a knex client that hand back a knex client: Infisical's `db.replicaNode()` and
 * `db.primaryNode()` (a read replica or the primary, chosen per call), `this.db.reader()`, knex's own
 * `knex.withUserParams({ … })`. Of everything a knex instance's methods return, only a knex instance
 * is called with a table name, so `db.replicaNode()('leads')` starts a query on `leads` through the
 * same ORM, exactly as `db('leads')` does. Only a root the index knows as a knex client counts.
 */
import type { Link } from './ast';

/** Whether `links[i]` is the call of such an accessor, directly on the known client root (`db.m()`, `this.db.m()`). */
export function knexAccessorCall(links: readonly Link[], i: number, knownRoot: boolean): boolean {
  const l = links[i];
  const m = links[i - 1];
  if (!knownRoot || l?.kind !== 'call' || m?.kind !== 'prop') return false;
  if (l.args.length !== 0 && m.name !== 'withUserParams') return false;
  const r0 = links[0];
  if (r0?.kind !== 'root') return false;
  // `db.m()` on a client named by the root, or `this.db.m()` on a client held by a field.
  if (r0.name === 'this') return i === 3 && links[1]?.kind === 'prop';
  return i === 2 && r0.name !== '';
}

/**
 * Whether `links[i]` is a member named `knex` at the end of a plain member path (`this.database.knex`,
 * `app.db.knex`, `ctx.services.knex`): the knex instance an application's database service or context
 * holds, called with a table as `knex('leads')` is. A path through a call (`getDb().knex`) does not count.
 */
export function knexMemberPath(links: readonly Link[], i: number): boolean {
  const l = links[i];
  if (l?.kind !== 'prop' || l.name !== 'knex' || i < 2 || links[0]?.kind !== 'root' || links[0].name === '') return false;
  for (let k = 1; k < i; k++) if (links[k]?.kind !== 'prop') return false;
  return true;
}
