// `where(false)` / `where(true)` on knex and Objection builders (knex sends `1 = 0` / `1 = 1`, which the planner folds
// to the constant): permission scopes that let no row through for some users (`if (!isAdmin(user)) q.where(false)`)
// leave the other users' path scanning every partition. Each pattern's reported lines, and the forms that must stay
// silent (no row at all, a constant next to an OR). Such scopes also set `modifyGraph` for callers that fetch relations;
// without a fetched relation it changes no statement. Callers of such builder helpers guard them with `if (!q) return`,
// a test on an object that never fires.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/constant-where');

const ENTRY = `import { Model } from 'objection';
export class Entry extends Model {
  static tableName = 'leads';
}
`;

const SCOPE = `import type { QueryBuilder } from 'objection';
import type { Entry } from '../models/entry';

export const visibleEntries = (q: QueryBuilder<Entry, Entry[]>, viewer: { role: string } | undefined) => {
  q.select('leads.*');
  if (!viewer || viewer.role !== 'staff') {
    q.where(false);
  }
  return q;
};
`;

void describe('knex and Objection: where(false) and where(true)', () => {
  void it('reports a query whose scope lets every row through on one path, and one scoped by where(true)', () => {
    const queries = `import { Entry } from '../models/entry';
import { visibleEntries } from '../permissions/entries';

export async function statuses(viewer: { role: string } | undefined) {
  const q = Entry.query();
  visibleEntries(q, viewer);
  q.select('status').groupBy('status');
  return q; // scoped
}

export const everything = async () => Entry.query().where(true).select('status'); // open
`;
    const got = reported({ 'models/entry.ts': ENTRY, 'permissions/entries.ts': SCOPE, 'queries/entries.ts': queries }, 'queries/entries.ts');
    assert.deepEqual(got, [lineOf(queries, '// scoped'), lineOf(queries, '// open')]);
  });

  void it('reads a scope that sets modifyGraph for callers that fetch relations, and leaves a joined graph unjudged', () => {
    const scope = `import type { QueryBuilder } from 'objection';
import type { Entry } from '../models/entry';

export const scopedEntries = (q: QueryBuilder<Entry, Entry[]>, viewer: { role: string } | undefined) => {
  if (viewer?.role !== 'staff') q.where(false);
  q.modifyGraph('notes', (b) => {
    b.where('public', true);
  });
  return q;
};
`;
    const queries = `import { Entry } from '../models/entry';
import { scopedEntries } from '../permissions/scoped';

export async function years(viewer: { role: string } | undefined) {
  const q = Entry.query();
  scopedEntries(q, viewer);
  q.select('annee').groupBy('annee');
  return q; // no-graph
}

export async function joined(viewer: { role: string } | undefined) {
  const q = Entry.query().withGraphJoined('notes');
  scopedEntries(q, viewer);
  return q;
}
`;
    const got = reported({ 'models/entry.ts': ENTRY, 'permissions/scoped.ts': scope, 'queries/years.ts': queries }, 'queries/years.ts');
    assert.deepEqual(got, [lineOf(queries, '// no-graph')]);
  });

  void it('reads past a guard on the builder itself (`if (!q) return undefined`)', () => {
    const queries = `import { Entry } from '../models/entry';
import { visibleEntries } from '../permissions/entries';

const entriesBuild = (viewer: { role: string } | undefined) => {
  const q = Entry.query();
  visibleEntries(q, viewer);
  return q;
};

export async function entryGet(id: number, viewer: { role: string } | undefined) {
  const q = entriesBuild(viewer);
  if (!q) return undefined;
  return q.where('leads.id', id).first(); // guarded
}

export async function entryGetAt(id: number, at: Date, viewer: { role: string } | undefined) {
  const q = entriesBuild(viewer);
  if (!q) return undefined;
  return q.where('leads.id', id).where('created_at', at).first();
}
`;
    const got = reported({ 'models/entry.ts': ENTRY, 'permissions/entries.ts': SCOPE, 'queries/get.ts': queries }, 'queries/get.ts');
    assert.deepEqual(got, [lineOf(queries, '// guarded')]);
  });

  void it('stays silent when no row can pass, and when the constant sits next to an OR the planner folds away', () => {
    const queries = `import knex from 'knex';
import { Entry } from '../models/entry';
const db = knex({ client: 'pg' });

export const nothing = async () => Entry.query().where(false).select('status');
export const nothingKnex = async () => db('leads').where(false).select('status');
export const recentOnly = async (since: Date) => Entry.query().where(false).orWhere('created_at', '>=', since);
`;
    const got = reported({ 'models/entry.ts': ENTRY, 'queries/none.ts': queries }, 'queries/none.ts');
    assert.deepEqual(got, []);
  });
});
