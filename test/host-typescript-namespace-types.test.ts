// A namespace import of an application module (`import type * as db from './db'`) names what a named import
// names, in types and constants too: a parameter typed `db.TDbClient` (a type alias of a knex client) is a
// client, `models.TableName.Lead` and `tables.LEADS` are table names, a DAL typed `dal.TLeadDAL` (a factory's
// return type) holds the factory's methods, and a factory spread from `orm.ormify(db, t)` gives its methods.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/namespace-types';
let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

/** Each finding of `target` as `line:startCol-endCol code table «the text of its range»` (1-based line, 0-based columns). */
function findings(files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [name, text] of Object.entries(files)) index.indexFile(path.join(ROOT, name), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const col = f.start - (before.lastIndexOf('\n') + 1);
    return `${line}:${col}-${col + f.end - f.start} ${f.code} ${f.table} «${text.slice(f.start, f.end)}»`;
  });
}

const DB = `import knex, { type Knex } from 'knex';
export type TDbClient = Knex & { replicaNode: () => Knex };
export const db = knex({ client: 'pg' });
`;

const MODELS = `export enum TableName {
  Lead = 'leads',
}
export const LEADS = 'leads';
`;

void test('a parameter typed by a client alias through a namespace import is a client, and namespace constants name tables', () => {
  const run = `import type * as inst from './db';
import * as models from './models';
export async function byEnum(db: inst.TDbClient) {
  return await db(models.TableName.Lead).where('status', 'new');
}
export async function byConst(db: inst.TDbClient) {
  return await db(models.LEADS).where('status', 'new');
}
export async function bounded(db: inst.TDbClient, from: Date) {
  return await db(models.TableName.Lead).where('created_at', '>=', from);
}
`;
  assert.deepEqual(findings({ 'src/db.ts': DB, 'src/models.ts': MODELS, 'src/run.ts': run }, 'src/run.ts'), [
    '4:18-39 partition-key-missing public.leads «models.TableName.Lead»',
    '7:18-30 partition-key-missing public.leads «models.LEADS»',
  ]);
});

void test('a DAL typed through a namespace import holds the methods a factory spreads from a namespace-called ormify', () => {
  const orm = `import type { Knex } from 'knex';
import type * as inst from './db';
import type * as models from './models';
export const ormify = (db: inst.TDbClient, tableName: models.TableName) => ({
  findById: async (id: string, tx?: Knex) => {
    const result = await (tx || db.replicaNode())(tableName).where({ id }).first('*');
    return result;
  },
});
`;
  const dal = `import type * as inst from './db';
import * as models from './models';
import * as orm from './orm';
export type TLeadDAL = ReturnType<typeof leadDALFactory>;
export const leadDALFactory = (db: inst.TDbClient) => {
  const leadOrm = orm.ormify(db, models.TableName.Lead);
  return { ...leadOrm };
};
`;
  const service = `import type * as dal from './dal';
type Deps = { leadDAL: dal.TLeadDAL };
export const leadServiceFactory = ({ leadDAL }: Deps) => {
  const get = async (id: string) => {
    const lead = await leadDAL.findById(id);
    return lead;
  };
  return { get };
};
`;
  const files = { 'src/db.ts': DB, 'src/models.ts': MODELS, 'src/orm.ts': orm, 'src/dal.ts': dal, 'src/service.ts': service };
  assert.deepEqual(findings(files, 'src/service.ts'), ['5:31-39 partition-key-missing public.leads «findById»']);
});
