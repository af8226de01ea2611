// Namespace imports of the application's own modules (`import * as repo from './repo'`): `ns.name` is the
// binding a named import would give. A knex client, a function returning a builder, a class named in a
// constructor-injected parameter's type or a `new`, and a condition helper are each read through the
// namespace as they are through `import { name }`. The same helpers bounding the key stay silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/ts-namespace-imports');

const DB = `import knex from 'knex';
export const db = knex({ client: 'pg' });
`;

const REPO = `import * as database from './db';
export function leadsOfCompany(company: string) {
  return database.db('leads').where({ company });
}
export class LeadRepository {
  constructor(private readonly knex: typeof database.db) {}
  ofUser(userId: number) {
    return this.knex('leads').where('user_id', userId);
  }
}
export function ofCompany(company: string) {
  return (qb: any) => qb.where('company', company);
}
export function since(from: Date) {
  return (qb: any) => qb.where('created_at', '>=', from);
}
`;

void test('a client exported by a module and called through its namespace import is the client', () => {
  const files = { 'src/db.ts': DB, 'src/repo.ts': REPO, 'src/run.ts': `import * as database from './db';\nexport async function all() {\n  return await database.db('leads').where('status', 'new');\n}\n` };
  assert.deepEqual(findings(files, 'src/run.ts'), ["3: return await database.db('leads').where('status', 'new');"]);
});

void test('a builder-returning function called through a namespace import is followed and judged where it runs', () => {
  const run = `import * as repo from './repo';
export async function page(company: string) {
  return await repo.leadsOfCompany(company).limit(50);
}
export async function since(company: string, from: Date) {
  return await repo.leadsOfCompany(company).where('created_at', '>=', from);
}
`;
  assert.deepEqual(findings({ 'src/db.ts': DB, 'src/repo.ts': REPO, 'src/run.ts': run }, 'src/run.ts'), ['3: return await repo.leadsOfCompany(company).limit(50);']);
});

void test('a class constructed as `new ns.Class(…)` runs its methods like one imported by name', () => {
  const run = `import * as database from './db';
import * as repo from './repo';
export class LeadService {
  private readonly leads = new repo.LeadRepository(database.db);
  async mine(userId: number) {
    return await this.leads.ofUser(userId).orderBy('id');
  }
}
`;
  assert.deepEqual(findings({ 'src/db.ts': DB, 'src/repo.ts': REPO, 'src/run.ts': run }, 'src/run.ts'), ["6: return await this.leads.ofUser(userId).orderBy('id');"]);
});

void test('a repository injected by a parameter typed `ns.Class` runs that class\'s methods', () => {
  const run = `import * as repo from './repo';
export class LeadService {
  constructor(private readonly leads: repo.LeadRepository) {}
  async mine(userId: number) {
    return await this.leads.ofUser(userId).orderBy('id');
  }
  async mineSince(userId: number, from: Date) {
    return await this.leads.ofUser(userId).where('created_at', '>=', from);
  }
}
`;
  assert.deepEqual(findings({ 'src/db.ts': DB, 'src/repo.ts': REPO, 'src/run.ts': run }, 'src/run.ts'), ["5: return await this.leads.ofUser(userId).orderBy('id');"]);
});

void test('a condition helper called through a namespace import is read like a named import', () => {
  const run = `import * as database from './db';
import * as repo from './repo';
export async function list(company: string) {
  return await database.db('leads').where(repo.ofCompany(company));
}
`;
  assert.deepEqual(findings({ 'src/db.ts': DB, 'src/repo.ts': REPO, 'src/run.ts': run }, 'src/run.ts'), ["4: return await database.db('leads').where(repo.ofCompany(company));"]);
});

void test('precision: a namespace condition helper bounding the key leaves the query silent', () => {
  const run = `import * as database from './db';
import * as repo from './repo';
export async function list(from: Date) {
  return await database.db('leads').where(repo.since(from));
}
`;
  assert.deepEqual(findings({ 'src/db.ts': DB, 'src/repo.ts': REPO, 'src/run.ts': run }, 'src/run.ts'), []);
});
