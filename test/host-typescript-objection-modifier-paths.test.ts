// Named Objection modifiers that apply their condition only when the value is given (CHEFS'
// `filterUserId(query, value) { if (value) query.where(…); }`), applied as `.modify('byX', v)`
// (objection-modifier-paths.ts): every path the modifier can take is an alternative. A value with
// evidence of being empty (a property of a `filters = {}` default) gives both paths; an omitted one is
// absent; any other value is taken as given (silent when that path prunes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const { linesReported: reported } = tsAppSuite('/virtual/objection-modifier-paths');

const TICKET = `import { Model } from 'objection';
export class Ticket extends Model {
  static tableName = 'leads';
  static modifiers = {
    since(builder, from, to) {
      if (from && to) {
        builder.whereBetween('leads.created_at', [from, to]);
      } else if (from) {
        builder.where('leads.created_at', '>=', from);
      }
    },
    owner(builder, who) {
      if (who !== undefined) builder.where('leads.user_id', who);
    },
    newestFirst(builder) {
      builder.orderBy('leads.created_at', 'desc');
    },
  };
}
`;

const FILES = { 'ticket.ts': TICKET };

test('a modifier skipping an empty value scans on the path the caller can leave it empty', () => {
  const svc = `import { Ticket } from './ticket';
export const tickets = {
  page: async (who: number, filters: { from?: Date; to?: Date } = {}) => {
    return Ticket.query().modify('owner', who).modify('since', filters.from, filters.to).modify('newestFirst'); // page
  },
  ofOwner: async (who: number) => {
    return Ticket.query().modify('owner', who).modify('newestFirst').first(); // owner
  },
  noArgument: async () => {
    return Ticket.query().modify('since').modify('newestFirst'); // none
  },
};
`;
  assert.deepEqual(reported({ ...FILES, 'svc.ts': svc }, 'svc.ts'), [lineOf(svc, '// page'), lineOf(svc, '// owner'), lineOf(svc, '// none')]);
});

test('a value we cannot see is taken as given: the key path prunes and stays silent', () => {
  const svc = `import { Ticket } from './ticket';
export const recent = async (who: number, from: Date) => {
  return Ticket.query().modify('owner', who).modify('since', from); // given
};
export const window = async (from: Date, to: Date) => Ticket.query().modify('since', from, to).modify('newestFirst'); // window
`;
  assert.deepEqual(reported({ ...FILES, 'svc.ts': svc }, 'svc.ts'), []);
});

// COMS' models delegate to shared helpers that take the builder: `filterOneOrMany(query, value, column)`
// adds `where` or `whereIn` when the value is given (an array or one id), nothing otherwise.
const UTILS = `export function filterOneOrMany(query, value, column) {
  if (value) {
    if (Array.isArray(value)) {
      query.whereIn(column, value);
    } else {
      query.where(column, value);
    }
  }
}
`;

const OUTPUT = `import { Model } from 'objection';
import { filterOneOrMany } from './utils';
export class Output extends Model {
  static tableName = 'agent_outputs';
  static modifiers = {
    filterLeadId(query, value) {
      filterOneOrMany(query, value, 'agent_outputs.lead_id');
    },
    filterCreated(query, value) {
      filterOneOrMany(query, value, 'agent_outputs.created_at');
    },
  };
}
`;

test('a modifier handing its builder to an imported helper is read through the helper, path by path', () => {
  const svc = `import { Output } from './output';
export const outputs = {
  list: async (leadId: string) => {
    return Output.query().modify('filterLeadId', leadId); // lead
  },
  ofDay: async (leadId: string, createdAt: Date) => {
    return Output.query().modify('filterLeadId', leadId).modify('filterCreated', createdAt).first(); // day
  },
  maybeDay: async (leadId: string, createdAt?: Date) => {
    return Output.query().modify('filterCreated', createdAt).modify('filterLeadId', leadId); // maybe
  },
};
`;
  const files = { 'utils.js': UTILS, 'output.js': OUTPUT, 'svc.ts': svc };
  assert.deepEqual(reported(files, 'svc.ts'), [lineOf(svc, '// lead'), lineOf(svc, '// maybe')]);
});

test('CommonJS: a helper destructured from `module.exports = utils` is followed, and a given key prunes', () => {
  const utils = `const utils = {
  filterOneOrMany(query, value, column) {
    if (value) {
      if (Array.isArray(value)) query.whereIn(column, value);
      else query.where(column, value);
    }
  },
};
module.exports = utils;
`;
  const model = `const { Model } = require('objection');
const { filterOneOrMany } = require('./utils');
class Output extends Model {
  static get tableName() { return 'agent_outputs'; }
  static get modifiers() {
    return {
      filterLeadId(query, value) { filterOneOrMany(query, value, 'agent_outputs.lead_id'); },
      filterCreated(query, value) { filterOneOrMany(query, value, 'agent_outputs.created_at'); },
    };
  }
}
module.exports = Output;
`;
  const svc = `const Output = require('./output');
const service = {
  list: async (leadId) => {
    const response = await Output.query().modify('filterLeadId', leadId); // list
    return response;
  },
  ofDay: async (leadId, createdAt) => {
    const response = await Output.query().modify('filterLeadId', leadId).modify('filterCreated', createdAt); // day
    return response;
  },
};
module.exports = service;
`;
  const files = { 'utils.js': utils, 'output.js': model, 'svc.js': svc };
  assert.deepEqual(reported(files, 'svc.js'), [lineOf(svc, '// list')]);
});
