// Helpers read where they are defined (test/fixtures/ts-helpers): every `// case:<id>` query there
// is run with the real ORM (knex, Kysely, Drizzle, Objection, offline: the statements they would
// send are recorded), EXPLAINed on PostgreSQL 15 and 18 with the fixture schema of ts-app, and
// the TypeScript module must report a finding on that query exactly when the planner keeps every
// leaf partition. Caret lines give each finding's exact range.
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Model } from 'objection';
import { knexRecorder, ormAgreementSuite, type Built, type OrmCases } from './helpers/ts-orm-agreement';
import * as schema from './fixtures/ts-app/src/db/schema';
import { kn, seen } from './fixtures/ts-helpers/src/db';
import { purgeOutputs } from './fixtures/ts-helpers/src/helpers';
import { HLead, HOutput } from './fixtures/ts-helpers/src/models';
import * as q from './fixtures/ts-helpers/src/queries';
import * as oq from './fixtures/ts-helpers/src/objection-queries';
import { Leads, leadsRepo } from './fixtures/ts-helpers/src/repo';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-helpers');

const from = new Date('2024-03-05T00:00:00Z');
const to = new Date('2024-06-20T00:00:00Z');

// Statements are recorded before the missing connection fails: Kysely's log hook (db.ts), the
// knex runner (knex, Objection), Drizzle's logger.
Model.knex(kn);
const runs = knexRecorder(kn, seen);
const dzRun = async (run: (d: never) => PromiseLike<unknown>): Promise<Built[]> => {
  const out: Built[] = [];
  const d = drizzle.mock({ schema, logger: { logQuery: (s: string, params: unknown[]) => void out.push({ sql: s, params }) } });
  try {
    await run(d as never);
  } catch {
    // As above.
  }
  return out;
};
const lead = HLead.fromJson({ id: 7 });
const output = HOutput.fromJson({ id: 7, created_at: from });

/** Case id → the table whose leaves are counted → the statements the ORM sends (each EXPLAINed). */
const CASES: OrmCases = {
  'h-dz-helper': { table: 'leads', build: () => dzRun((d) => q.dzHelper(d, 'x')) },
  'h-dz-helper-key': { table: 'leads', build: () => dzRun((d) => q.dzHelperKey(d, 'x', from)) },
  'h-dz-nested-helper': { table: 'leads', build: () => dzRun((d) => q.dzNestedHelper(d, 'x', from)) },
  // The path that adds no condition (what the module reports).
  'h-dz-pushed-maybe': { table: 'leads', build: () => dzRun((d) => q.dzPushed(d)) },
  'h-dz-pushed-key': { table: 'leads', build: () => dzRun((d) => q.dzPushedKey(d, from)) },
  'h-dz-subquery': { table: 'leads', build: () => dzRun((d) => q.dzSubquery(d, 'x', from)) },
  'h-dz-cte': { table: 'leads', build: () => dzRun((d) => q.dzCte(d, 'x')) },
  'h-dz-cte-key': { table: 'leads', build: () => dzRun((d) => q.dzCteKey(d, from)) },
  // Drizzle's mock opens no transaction: the helper builds the same statement on the database itself.
  'h-dz-tx': { table: 'agent_outputs', build: () => dzRun((d) => purgeOutputs(d, 5)) },
  'h-ky-helper': { table: 'leads', build: () => runs(() => q.kyHelper('x')) },
  'h-ky-helper-key': { table: 'leads', build: () => runs(() => q.kyHelperKey(from)) },
  'h-ky-call': { table: 'leads', build: () => runs(() => q.kyCall('x')) },
  'h-ky-call-key': { table: 'leads', build: () => runs(() => q.kyCallKey('x', from)) },
  'h-ky-base': { table: 'agent_outputs', build: () => runs(() => q.kyBase(5)) },
  'h-ky-base-key': { table: 'agent_outputs', build: () => runs(() => q.kyBaseKey(from)) },
  'h-ky-tx': { table: 'agent_outputs', build: () => runs(() => q.kyTransaction(5)) },
  'h-ky-pushed-maybe': { table: 'leads', build: () => runs(() => q.kyPushed('x')) },
  'h-kx-modify': { table: 'leads', build: () => runs(() => q.knexModify()) },
  'h-kx-modify-key': { table: 'leads', build: () => runs(() => q.knexModifyKey(from, to)) },
  'h-kx-modify-maybe': { table: 'leads', build: () => runs(() => q.knexModifyMaybe()) },
  'h-kx-modify-inline': { table: 'leads', build: () => runs(() => q.knexModifyInline(from)) },
  'h-kx-decided-key': { table: 'leads', build: () => runs(() => q.knexDecided(from)) },
  'h-kx-decided-missing': { table: 'leads', build: () => runs(() => q.knexDecidedMissing('new')) },
  'h-kx-generic-table': { table: 'agent_outputs', build: () => runs(() => q.knexGenericTable(5)) },
  'h-kx-generic-table-key': { table: 'leads', build: () => runs(() => q.knexGenericTableKey(5, from)) },
  'h-kx-generic-options': { table: 'leads', build: () => runs(() => q.knexGenericOptions('x')) },
  'h-kx-base-repo': { table: 'leads', build: () => runs(() => q.knexBaseRepository(5)) },
  'h-kx-base-repo-key': { table: 'leads', build: () => runs(() => q.knexBaseRepositoryKey(from, to)) },
  'h-ky-spread-maybe': { table: 'leads', build: () => runs(() => q.kySpreadMaybe('x')) },
  'h-ky-json-array': { table: 'agent_outputs', build: () => runs(() => q.kyJsonArray(5, from)) },
  'h-ky-json-array-key': { table: 'agent_outputs', build: () => runs(() => q.kyJsonArrayKey(from)) },
  'h-ky-join-callback': { table: 'agent_outputs', build: () => runs(() => q.kyJoinCallback(from)) },
  'h-ky-join-callback-key': { table: 'agent_outputs', build: () => runs(() => q.kyJoinCallbackKey(from)) },
  'h-kx-join-callback': { table: 'agent_outputs', build: () => runs(() => q.knexJoinCallback(from)) },
  'h-kx-join-callback-key': { table: 'agent_outputs', build: () => runs(() => q.knexJoinCallbackKey(from)) },
  'h-dz-count': { table: 'leads', build: () => dzRun((d) => q.dzCount(d, 'x')) },
  'h-dz-count-key': { table: 'leads', build: () => dzRun((d) => q.dzCountKey(d, from)) },
  'h-kx-insert': { table: 'leads', build: () => runs(() => q.knexInsert('x', from)) },
  'h-ob-insert': { table: 'leads', build: () => runs(() => oq.insertLead('x', from)) },
  'h-ky-raw-typed': { table: 'leads', build: () => runs(() => q.kyRawTyped(42)) },
  'h-ob-exists': { table: 'agent_outputs', build: () => runs(() => oq.withSummaries(from)) },
  'h-ob-base-modifier': { table: 'leads', build: () => runs(() => oq.activeLeads()) },
  'h-ob-base-modifier-key': { table: 'leads', build: () => runs(() => oq.recentLeads()) },
  'h-ob-custom-builder': { table: 'leads', build: () => runs(() => oq.companyLeads('x')) },
  'h-ob-custom-builder-key': { table: 'leads', build: () => runs(() => oq.companySince('x', from)) },
  'h-ob-modify-fn': { table: 'leads', build: () => runs(() => oq.newLeads()) },
  'h-ob-join-related': { table: 'agent_outputs', build: () => runs(() => oq.emailLeads(from)) },
  'h-ob-join-related-key': { table: 'agent_outputs', build: () => runs(() => oq.emailLeadsKey(from)) },
  'h-ob-instance': { table: 'leads', build: () => runs(() => oq.markWon(lead)) },
  'h-dz-where-truthy-param': { table: 'leads', build: () => dzRun((d) => q.dzWhereSince(d, 'x', from)) },
  // The path without `since` (what the module reports).
  'h-dz-where-optional-param': { table: 'leads', build: () => dzRun((d) => q.dzWhereMaybe(d, 'x', undefined)) },
  'h-kx-if-truthy-param': { table: 'leads', build: () => runs(() => q.knexOfCompanySince('x', from)) },
  'h-kx-if-number-param': { table: 'leads', build: () => runs(() => q.knexOfCompanyCount('x', 0)) },
  'h-dz-object-method': { table: 'leads', build: () => runs(() => q.dzObjectMethod(5)) },
  'h-dz-object-method-no-caller': { table: 'leads', build: () => runs(() => leadsRepo.archiveLead(5)) },
  'h-kx-this-object-method': { table: 'leads', build: () => runs(() => Leads.setStatus(5, 'won')) },
  'h-kx-this-object-method-key': { table: 'leads', build: () => runs(() => Leads.setStatusDated(5, from, 'won')) },
  'h-ob-instance-key': { table: 'agent_outputs', build: () => runs(() => oq.removeOutput(output)) },
};

ormAgreementSuite({
  title: 'helpers read where they are defined (TypeScript ORMs)',
  database: 'ormhelpers',
  root: ROOT,
  files: ['queries.ts', 'objection-queries.ts', 'repo.ts'],
  cases: CASES,
  eachWay: 10,
});
