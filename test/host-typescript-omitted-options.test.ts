// A shared finder that adds a part only when an optional options argument asks for it
// (`if (opts?.with?.includes('notes')) q = q.withGraphFetched('notes')`): a caller that omits the
// argument gives `undefined` (inline.ts `argBindings`), and the optional chain on it short-circuits
// (optional-chains.ts), so the part is not sent. A caller asking for it still sends it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/omitted-options');

const NOTE = "import { Model } from 'objection';\nexport class Note extends Model {\n  static tableName = 'agent_outputs';\n}\n";

const prospect = (call: string): string => `import { Model } from 'objection';
import { Note } from './note';

export class Prospect extends Model {
  static tableName = 'leads';
  static relationMappings = {
    notes: { relation: Model.HasManyRelation, modelClass: Note, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
  };

  static scoped(opts?: { with?: string[] }) {
    let q = Prospect.query().select('id', 'status');
    if (opts?.with?.includes('notes')) {
      q = q.withGraphFetched('notes');
    }
    return q;
  }

  static async recent(owner: number, since: Date) {
    return ${call}.where('user_id', owner).where('created_at', '>=', since);
  }
}
`;

void test('a finder called without its optional options adds no eager load: the bounded query is silent', () => {
  assert.deepEqual(findings({ 'models/note.ts': NOTE, 'models/prospect.ts': prospect('Prospect.scoped()') }, 'models/prospect.ts'), []);
});

void test('precision of recall: the caller asking for the relation still loads it (agent_outputs by lead id)', () => {
  const call = "Prospect.scoped({ with: ['notes'] })";
  assert.deepEqual(findings({ 'models/note.ts': NOTE, 'models/prospect.ts': prospect(call) }, 'models/prospect.ts'), [`19: return ${call}.where('user_id', owner).where('created_at', '>=', since);`]);
});

void test('precision of recall: options the caller hands on unseen keep the eager load possible', () => {
  const src = prospect('Prospect.scoped(opts)').replace('recent(owner: number, since: Date)', 'recent(owner: number, since: Date, opts: { with?: string[] })');
  assert.deepEqual(findings({ 'models/note.ts': NOTE, 'models/prospect.ts': src }, 'models/prospect.ts'), ["19: return Prospect.scoped(opts).where('user_id', owner).where('created_at', '>=', since);"]);
});
