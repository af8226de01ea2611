// The one-sentence ORM advice of TypeScript findings names a real table reference: a condition
// the translator met outside one (a relational query's callback parameter) says "table", never
// "undefined".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ormAdvice } from '../server/src/engine/host/typescript/fixes';
import { ModelRegistry } from '../server/src/engine/host/typescript/models';

describe('TypeScript ORM advice', () => {
  const registry = new ModelRegistry();

  it('names the reference the query used', () => {
    assert.equal(ormAdvice('drizzle', { framework: 'drizzle', table: 'leads', ref: 'schema.leads' }, 'range', 'created_at', registry), 'In Drizzle: add gte(schema.leads.created_at, …) to the where.');
  });

  it('falls back to the table, then to the word "table"', () => {
    assert.equal(ormAdvice('drizzle', { framework: 'drizzle', table: 'leads' }, 'list', 'channel', registry), 'In Drizzle: add eq(leads.channel, …) to the where.');
    assert.equal(ormAdvice('drizzle', { framework: 'drizzle' }, 'range', 'created_at', registry), 'In Drizzle: add gte(table.created_at, …) to the where.');
    assert.equal(ormAdvice('drizzle', { framework: 'drizzle', ref: 'undefined' }, 'range', 'created_at', registry), 'In Drizzle: add gte(table.created_at, …) to the where.');
  });
});
