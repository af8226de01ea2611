// Objection models whose statics (`tableName`, `relationMappings`, `modifiers`) a class decorator factory of the
// application writes (objection-table-decorators.ts): the factory and the entities live in different files and use
// any names; the table comes from an option of the decorator's argument or from the argument itself. Each pattern's
// reported lines, and the nearby forms that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/objection-decorators');

const BASE = `import { Model } from 'objection';
export class BaseModel extends Model {}
`;

const OPTIONS_FACTORY = `import type { Modifiers, RelationMappings } from 'objection';
import type { BaseModel } from './base';

type ModelOptions = { table: string; modifiers?: Modifiers; relations?: RelationMappings; audited?: boolean };

export const ObjectionModel = (options: ModelOptions) => (target: unknown) => {
  const model = target as typeof BaseModel;
  model.tableName = options.table;
  model.modifiers = options.modifiers ?? {};
  model.relationMappings = options.relations ?? {};
};
`;

const NAME_FACTORY = `export function TableName(name: string): ClassDecorator {
  return function (ctor) {
    // @ts-ignore
    ctor.tableName = name;
  };
}
`;

const PROSPECT = `import { Model } from 'objection';
import { BaseModel } from '../db/base';
import { ObjectionModel } from '../db/model.decorator';
import { Note } from './note';

@ObjectionModel({
  table: 'leads',
  modifiers: {
    lastWeek: (qb) => qb.where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000)),
  },
  relations: {
    notes: { relation: Model.HasManyRelation, modelClass: Note, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
  },
})
export class Prospect extends BaseModel {
  id!: number;
  user_id!: number;
  created_at!: Date;
}
`;

const NOTE = `import { BaseModel } from '../db/base';
import { TableName } from '../db/table-name';

@TableName('agent_outputs')
export class Note extends BaseModel {
  id!: number;
  lead_id!: number;
  created_at!: Date;
}
`;

void describe('Objection: models whose table a class decorator names', () => {
  const files = { 'db/base.ts': BASE, 'db/model.decorator.ts': OPTIONS_FACTORY, 'db/table-name.ts': NAME_FACTORY, 'models/prospect.ts': PROSPECT, 'models/note.ts': NOTE };

  void it('reads the table from an option of the decorator argument, with its modifiers and relations', () => {
    const service = `import { Prospect } from '../models/prospect';
export class ProspectService {
  byEmail(email: string) {
    return Prospect.query().where('email', email).first(); // unkeyed
  }
  recent(userId: number) {
    return Prospect.query().where('user_id', userId).modify('lastWeek'); // keyed
  }
  withNotes(userId: number, since: Date) {
    return Prospect.query().where('user_id', userId).where('created_at', '>=', since).withGraphFetched('notes'); // fetched
  }
}
`;
    const got = reported({ ...files, 'services/prospect.service.ts': service }, 'services/prospect.service.ts');
    assert.deepEqual(got, [lineOf(service, '// unkeyed'), lineOf(service, '// fetched')]);
  });

  void it('reads the table from the decorator argument itself', () => {
    const job = `import { Note } from '../models/note';
export async function purge(cutoff: Date) {
  await Note.query().delete().where('created_at', '<', cutoff); // keyed
}
export async function forProspect(prospectId: number) {
  return Note.query().where('lead_id', prospectId); // unkeyed
}
`;
    const got = reported({ ...files, 'jobs/notes.ts': job }, 'jobs/notes.ts');
    assert.deepEqual(got, [lineOf(job, '// unkeyed')]);
  });

  void it('stays silent when the decorator writes no table, or when two factories of that name disagree', () => {
    const injectable = `export function Audited(options: { table: string }) {
  return (target: { auditTable?: string }) => {
    target.auditTable = options.table;
  };
}
`;
    const other = `export function TableName(options: { name: string }) {
  return function (ctor: { tableName?: string }) {
    ctor.tableName = options.name;
  };
}
export function OtherTable(name: string) {
  return function (ctor: { tableName?: string }) {
    ctor.tableName = \`archived_\${name}\`;
  };
}
`;
    const audited = `import { BaseModel } from '../db/base';
import { Audited } from '../db/audited';
@Audited({ table: 'leads' })
export class AuditedThing extends BaseModel {}
`;
    const archived = `import { BaseModel } from '../db/base';
import { OtherTable } from '../db/other';
@OtherTable('leads')
export class ArchivedLead extends BaseModel {}
`;
    const service = `import { AuditedThing } from '../models/audited';
import { ArchivedLead } from '../models/archived';
import { Note } from '../models/note';
export const things = (email: string) => AuditedThing.query().where('email', email);
export const archived = (email: string) => ArchivedLead.query().where('email', email);
export const notes = (leadId: number) => Note.query().where('lead_id', leadId);
`;
    const got = reported({ ...files, 'db/audited.ts': injectable, 'db/other.ts': other, 'models/audited.ts': audited, 'models/archived.ts': archived, 'services/things.ts': service }, 'services/things.ts');
    assert.deepEqual(got, []);
  });
});
