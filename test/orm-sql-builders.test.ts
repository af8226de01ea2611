// Query builders as real applications write them (test/fixtures/ts-builders): knex condition
// objects built over several statements, Objection `skipUndefined()`, Drizzle tables and columns
// interpolated into raw SQL. Every `// case:<id>` query is run with the real ORM offline (the
// statements it would send are recorded), EXPLAINed on PostgreSQL 15 and 18 with the fixture
// schema of ts-app, and the TypeScript module must report a finding on that query exactly when
// the planner keeps every leaf partition. Caret lines give each finding's exact range.
import path from 'node:path';
import { Model } from 'objection';
import { knexRecorder, ormAgreementSuite, type OrmCases } from './helpers/ts-orm-agreement';
import { kn, seen } from './fixtures/ts-builders/src/db';
import * as cq from './fixtures/ts-builders/src/callers';
import * as dq from './fixtures/ts-builders/src/drizzle-raw';
import { kleads } from './fixtures/ts-builders/src/guts';
import * as kq from './fixtures/ts-builders/src/knex-queries';
import * as kc from './fixtures/ts-builders/src/kysely-camel';
import * as ke from './fixtures/ts-builders/src/kysely-exists';
import * as ls from './fixtures/ts-builders/src/local-service';
import * as df from './fixtures/ts-builders/src/drizzle-filters';
import * as oq from './fixtures/ts-builders/src/objection-queries';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-builders');

const from = new Date('2024-03-05T00:00:00Z');
const to = new Date('2024-06-20T00:00:00Z');

// Statements are recorded before the missing connection fails: the knex runner (knex,
// Objection), Drizzle's logger (db.ts).
Model.knex(kn);
const runs = knexRecorder(kn, seen);
/** Case id → the table whose leaves are counted → the statements the ORM sends (each EXPLAINed). */
const CASES: OrmCases = {
  // The path that adds no key condition (what the module reports).
  'kb-kx-where-object': { table: 'leads', build: () => runs(() => kq.listByObject({ userId: 5 })) },
  'kb-kx-where-object-key': { table: 'leads', build: () => runs(() => kq.listByObjectKey(5, from)) },
  'kb-kx-where-object-both': { table: 'leads', build: () => runs(() => kq.listByObjectBranches(from, false)) },
  'kb-kx-where-object-maybe': { table: 'agent_outputs', build: () => runs(() => kq.listByObjectMaybe(from, false)) },
  'kb-ob-skip-optional': { table: 'leads', build: () => runs(() => oq.search({ userId: 5 })) },
  'kb-ob-skip-required': { table: 'leads', build: () => runs(() => oq.searchSince({ userId: 5 }, from)) },
  'kb-ob-skip-object': { table: 'agent_outputs', build: () => runs(() => oq.outputsOf({ kind: 'email' })) },
  'kb-ob-skip-object-key': { table: 'agent_outputs', build: () => runs(() => oq.outputsFrom('email', from)) },
  'kb-ob-no-skip': { table: 'leads', build: () => runs(() => oq.untilOptional(to)) },
  'kb-dz-raw-table': { table: 'leads', build: () => runs(() => dq.dailyCounts(5)) },
  'kb-dz-raw-table-key': { table: 'leads', build: () => runs(() => dq.dailyCountsSince(5, from)) },
  'kb-dz-raw-columns-key': { table: 'agent_outputs', build: () => runs(() => dq.outputKinds(from)) },
  'kb-dz-join-subquery': { table: 'agent_outputs', build: () => runs(() => dq.leadsWithOutputCounts(from)) },
  'kb-dz-join-subquery-key': { table: 'agent_outputs', build: () => runs(() => dq.outputsOfRecentLeads(from)) },
  'kb-kx-options-none': { table: 'leads', build: () => runs(() => cq.pageAll(5)) },
  'kb-kx-options-nested': { table: 'leads', build: () => runs(() => cq.pageMonth(5, from)) },
  'kb-kx-returned-first': { table: 'agent_outputs', build: () => runs(() => cq.firstOutputOf(5)) },
  'kb-kx-modify-decided': { table: 'leads', build: () => runs(() => cq.monthLeads(5, from)) },
  'kb-kx-modify-missing': { table: 'leads', build: () => runs(() => cq.allLeads(5)) },
  'kb-kx-subquery-const': { table: 'leads', build: () => runs(() => cq.outputsOfCompany('x', from)) },
  'kb-ky-if-decided': { table: 'leads', build: () => runs(() => cq.lastWeek(5)) },
  'kb-ky-if-missing': { table: 'leads', build: () => runs(() => cq.allOfUser(5)) },
  'kb-ky-param-client': { table: 'leads', build: () => runs(() => cq.leadOnly(5)) },
  'kb-ky-param-client-key': { table: 'leads', build: () => runs(() => cq.leadAt(5, from)) },
  'kb-ky-eb-helper': { table: 'agent_outputs', build: () => runs(() => cq.periodWithOutputs({ from, to })) },
  'kb-ky-eb-helper-key': { table: 'leads', build: () => runs(() => cq.periodLeads({ from, to })) },
  'kb-ky-raw-lhs': { table: 'leads', build: () => runs(() => cq.monthCount(from)) },
  'kb-ob-inherited-static': { table: 'leads', build: () => runs(() => cq.ownedLeads(5)) },
  'kb-ob-inherited-static-key': { table: 'leads', build: () => runs(() => cq.ownedSince(5, from)) },
  // The eager statement runs only once the first one returned a row: it is given one.
  'kb-ob-modify-graph': { table: 'agent_outputs', build: () => runs(() => cq.emailOutputs(from), [{ id: 7 }]) },
  'kb-ob-modify-graph-key': { table: 'agent_outputs', build: () => runs(() => cq.recentOutputs(from), [{ id: 7 }]) },
  'kb-dz-returned-relational': { table: 'leads', build: () => runs(() => cq.dzLeadsWithOutputs(5)) },
  'kb-ob-graph-model-modifier': { table: 'agent_outputs', build: () => runs(() => cq.emailOutputsByModifier(from), [{ id: 7 }]) },
  'kb-ob-graph-model-modifier-key': { table: 'agent_outputs', build: () => runs(() => cq.recentOutputsByModifier(from), [{ id: 7 }]) },
  'kb-kx-factory-find': { table: 'leads', build: () => runs(() => cq.gutsLeadsOfUser(5)) },
  'kb-kx-factory-find-key': { table: 'leads', build: () => runs(() => cq.gutsLeadAt(5, from)) },
  'kb-kx-factory-find-by-id': { table: 'agent_outputs', build: () => runs(() => cq.gutsOutput(5)) },
  'kb-ky-factory-runs-here': { table: 'leads', build: () => runs(() => kleads.byIds([5, 6])) },
  'kb-ky-camel-key': { table: 'leads', build: () => runs(() => kc.camelLeadsSince(5, from)) },
  'kb-ky-camel-table': { table: 'agent_outputs', build: () => runs(() => kc.camelOutputsOfLead(5)) },
  'kb-ky-camel-update-key': { table: 'leads', build: () => runs(() => kc.camelSetStatus(5, from, 'seen')) },
  'kb-ky-camel-between-key': { table: 'leads', build: () => runs(() => kc.camelLeadsBetween(from, to)) },
  'kb-ky-exists-sub': { table: 'agent_outputs', build: () => runs(() => ke.leadsWithEmailOutputs(from)) },
  'kb-ky-exists-sub-key': { table: 'agent_outputs', build: () => runs(() => ke.leadsWithRecentOutputs(from)) },
  'kb-kx-local-service': { table: 'leads', build: () => runs(() => ls.markAllSeen([5, 6])) },
  'kb-kx-local-service-key': { table: 'leads', build: () => runs(() => ls.markRecentSeen([5, 6], from)) },
  'kb-kx-not-exists-callback': { table: 'agent_outputs', build: () => runs(() => ls.untouchedLeads(5, from)) },
  'kb-kx-not-exists-callback-key': { table: 'agent_outputs', build: () => runs(() => ls.untouchedRecentLeads(from)) },
  'kb-dz-pushed-filters': { table: 'leads', build: () => runs(() => df.newLeadsOf('acme')) },
  'kb-dz-pushed-filters-key': { table: 'leads', build: () => runs(() => df.leadsSince(from)) },
};

ormAgreementSuite({
  title: 'query builders as applications write them (knex, Objection, Drizzle)',
  database: 'ormbuilders',
  root: ROOT,
  files: ['knex-queries.ts', 'objection-queries.ts', 'drizzle-raw.ts', 'callers.ts', 'helpers.ts', 'guts.ts', 'kysely-camel.ts', 'kysely-exists.ts', 'local-service.ts', 'drizzle-filters.ts'],
  cases: CASES,
  eachWay: 4,
});
