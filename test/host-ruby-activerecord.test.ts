/**
 * Checks the Ruby host against the real thing: real ActiveRecord (Debian `ruby-activerecord`,
 * `ruby-pg`) loads the fixture models, prints `to_sql` for each chain, and a throwaway
 * PostgreSQL EXPLAINs that SQL. For every partitioned table in the query, our diagnostic must
 * be raised exactly when the planner keeps every leaf partition of that table.
 *
 * Skips loudly when ruby/activerecord or PostgreSQL is not available; CI decides whether to
 * install them (`apt-get install -y ruby-activerecord ruby-pg`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, leafPartitions } from '../server/src/engine/catalog/model';
import { ensureRubyHostLoaded, rubyHost, rubyQueries } from '../server/src/engine/host/ruby/index';
import { loadEngine } from '../server/src/engine/index';
import { freshDatabase, pgServers } from './helpers/db';
import { runSql } from '../server/src/engine/query/render';
import { scannedLeaves } from './helpers/plan';

const root = path.join(import.meta.dirname, 'fixtures', 'rails');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');

/** Relation-valued chains (their `to_sql` is what ActiveRecord sends when they are loaded). */
const CHAINS = [
  'Lead.where(company: "Microsoft")',
  'Lead.where(company: "Microsoft").where("created_at >= ?", Time.utc(2024, 2, 1))',
  'Lead.where(created_at: Time.utc(2024, 1, 5)..Time.utc(2024, 1, 20))',
  'Lead.where(created_at: Time.utc(2024, 1, 5)...Time.utc(2024, 2, 1))',
  'Lead.where(created_at: [Time.utc(2024, 1, 5), Time.utc(2024, 3, 5)])',
  'Lead.where("created_at::date = ?", Date.new(2024, 1, 5))',
  'Lead.where(created_at: Time.utc(2024, 3, 1)..).or(Lead.where(company: "x"))',
  'Lead.where(created_at: Time.utc(2024, 3, 1)..).or(Lead.where(created_at: ..Time.utc(2024, 1, 10)))',
  'Lead.where(company: "a").or(Lead.where(company: "b")).where(created_at: Time.utc(2024, 3, 2)..)',
  'Lead.recent',
  'Lead.for_company("x")',
  'Lead.since(Time.utc(2024, 3, 1))',
  'Lead.by_user(1)',
  'Lead.recent.unscope(where: :created_at)',
  'Lead.where(company: "x").rewhere(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  'Lead.where.not(company: "x").where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  'Lead.where(signed_up_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  'Campaign.where(user_id: 5)',
  'Campaign.where(user_id: [1, 2])',
  'Campaign.where("user_id > ?", 1)',
  'Campaign.where(id: 1)',
  'Campaign.joins(:leads).where(user_id: 5, leads: { created_at: Time.utc(2024, 1, 1)...Time.utc(2024, 2, 1) })',
  'Campaign.joins(:leads).where(user_id: 5)',
  'Campaign.includes(:leads).where(user_id: 5, leads: { company: "x" })',
  'ArchivedLead.where(company: "x")',
  'ArchivedLead.unscoped.where(company: "x")',
  'VipLead.where(company: "x")',
  'AgentOutput.where(lead_id: 1)',
  'Lead.joins(:campaign).where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3), campaigns: { user_id: 5 })',
  'Lead.joins(:campaign).where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  'Lead.where(created_at: nil)',
  'Lead.where(company: "x").limit(1)',
  'AgentOutput.where(lead_id: Lead.where(company: "x").select(:id), created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
];

const MODEL_FILES = ['application_record.rb', 'concerns/lead_scopes.rb', 'admin.rb', 'admin/lead.rb', 'lead.rb', 'agent_output.rb', 'campaign.rb', 'company.rb', 'person.rb', 'vip_lead.rb', 'archived_lead.rb'];

const RUBY = `
require "json"
require "active_support/all"
require "active_record"
ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL"))
ActiveRecord::Base.default_timezone = :utc
JSON.parse(ENV.fetch("PL_MODELS")).each { |f| load f }
out = JSON.parse(STDIN.read).map do |code|
  begin
    { "sql" => eval(code).to_sql }
  rescue Exception => e
    { "error" => "#{e.class}: #{e.message}" }
  end
end
STDOUT.write(JSON.generate(out))
`;

function activeRecordAvailable(): string | undefined {
  const r = spawnSync('ruby', ['-e', 'require "active_record"; require "pg"; print ActiveRecord::VERSION::STRING'], { encoding: 'utf8' });
  if (r.error) return `ruby is not installed (${r.error.message})`;
  if (r.status !== 0) return `ruby cannot load active_record/pg: ${r.stderr.trim().split('\n')[0]}`;
  return undefined;
}


void test('ActiveRecord to_sql + EXPLAIN agree with the Ruby diagnostics for every fixture chain', async (t) => {
  const missing = activeRecordAvailable();
  if (missing) {
    t.skip(`REAL ACTIVERECORD NOT AVAILABLE: ${missing} — install with: apt-get install -y ruby-activerecord ruby-pg`);
    return;
  }
  const { servers, skipped } = await pgServers();
  const server = servers[0];
  if (!server) {
    t.skip(`NO POSTGRESQL SERVER: ${skipped.join('; ')}`);
    return;
  }
  await loadEngine();
  await ensureRubyHostLoaded();

  // The schema: structure.sql plus the DDL Rails would run for the migrations.
  let ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(path.join(root, 'db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `;\n${frag.text}`;
  }
  const catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
  for (const f of MODEL_FILES) rubyHost.indexFile!(`app/models/${f}`, read(`app/models/${f}`));

  const db = await freshDatabase(server, 'ar');
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(ddl);
      const r = spawnSync('ruby', ['-e', RUBY], {
        input: JSON.stringify(CHAINS),
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: db.url, PL_MODELS: JSON.stringify(MODEL_FILES.map((f) => path.join(root, 'app/models', f))) },
        timeout: 60_000,
      });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { sql?: string; error?: string }[];
      const disagreements: string[] = [];
      let compared = 0;
      let flaggedCount = 0;
      for (const [i, code] of CHAINS.entries()) {
        const res = out[i]!;
        assert.ok(res.sql, `${code}: ActiveRecord failed: ${res.error}`);
        const plan = (await client.query(`EXPLAIN (FORMAT JSON) ${res.sql}`)).rows[0]['QUERY PLAN'] as unknown;
        const text = `${code}.to_a\n`;
        const findings = rubyHost.check(text, catalog, { fileName: 'app/check.rb' }).findings;
        for (const table of catalog.tables()) {
          if (!new RegExp(`"${table.name}"`).test(res.sql)) continue;
          const total = leafPartitions(table.partitions).length;
          const scanned = scannedLeaves(plan, table);
          const flagged = findings.some((f) => f.table === `${table.schema}.${table.name}`);
          compared++;
          if (flagged) flaggedCount++;
          if (flagged !== (scanned === total)) {
            disagreements.push(`${code}\n  ${table.name}: planner scans ${scanned}/${total}, we ${flagged ? 'flag it' : 'do not flag it'}\n  ActiveRecord: ${res.sql}`);
          }
        }
      }
      // The SQL itself: ours with parameters, ActiveRecord's with literals. After replacing both
      // by `$` and dropping grouping parentheses, they must be the same text (joins and
      // includes are compared by their pruning only: ActiveRecord orders the ON conjuncts and
      // the eager-load column list differently).
      const norm = (q: string): string =>
        q
          .replace(/'(?:[^']|'')*'/g, '$')
          .replace(/\$\d+|\?|\b(?:TRUE|FALSE)\b|(?<![\w."])\d+(?:\.\d+)?\b/g, '$')
          .replace(/[()]/g, '')
          .replace(/\s+LIMIT\s+\$$/, '')
          .replace(/\s+/g, ' ')
          .trim();
      const shapes: string[] = [];
      for (const [i, code] of CHAINS.entries()) {
        if (/joins|includes/.test(code)) continue;
        const first = rubyQueries(`${code}.to_a\n`).sites[0];
        const ours = (first ? runSql(first)[0] : undefined) ?? '(no query)';
        if (norm(ours) !== norm(out[i]!.sql!)) shapes.push(`${code}\n  ActiveRecord: ${out[i]!.sql}\n  ours:         ${ours}`);
      }
      assert.deepEqual(shapes, []);
      assert.deepEqual(disagreements, []);
      // Both outcomes must occur, or the comparison would prove nothing.
      assert.ok(compared >= CHAINS.length, `only ${compared} comparisons`);
      assert.ok(flaggedCount >= 10 && compared - flaggedCount >= 10, `${flaggedCount} flagged of ${compared}`);
    } finally {
      await client.end();
    }
  } finally {
    await db.drop();
  }
});
