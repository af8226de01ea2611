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
