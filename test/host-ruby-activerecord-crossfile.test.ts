/**
 * Relations followed across files and association proxies, checked against the real thing:
 * real ActiveRecord (Debian `ruby-activerecord`, `ruby-pg`) loads the fixture models, concerns
 * and services and prints `to_sql` for each expression; PostgreSQL 15 and 18 EXPLAIN that SQL.
 * For every partitioned table in the query, our diagnostic (from a check of `@x = <expr>` in a
 * controller, with the folder index of the fixture application) must be raised exactly when the
 * planner keeps every leaf partition of that table, and our SQL must have ActiveRecord's shape.
 *
 * Skips loudly when ruby/activerecord or PostgreSQL is not available.
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
import type { HostIndex } from '../server/src/engine/host/types';
import { loadEngine } from '../server/src/engine/index';
import { eachServerDb } from './helpers/db';
import { runSql } from '../server/src/engine/query/render';
import { scannedLeaves } from './helpers/plan';

const root = path.join(import.meta.dirname, 'fixtures', 'rails');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');

/** Expressions as a controller would write them (each is a relation; `to_sql` is what runs). */
export const CASES: readonly (string | { readonly ruby: string; readonly ours: string })[] = [
  // Across files: services, helpers, service objects, concerns.
  'LeadSearchService.new.microsoft_leads.limit(50)',
  'LeadSearchService.new.recent_microsoft_leads',
  'LeadSearchService.new.for_company("x").where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  'LeadSearchService.by_company("x")',
  'LeadFilters.recent(LeadSearchService.new.microsoft_leads)',
  'LeadFilters.forget_window(Lead.where(created_at: Time.utc(2024, 1, 2)..))',
  'MonthlyLeads.call("x")',
  'Lead.january.named("x")',
  'Lead.named("x")',
  'Lead.recent_for("x")',
  // Association proxies (a record from `new`; by name in test/host-ruby-crossfile.test.ts).
  'Campaign.new(id: 1, user_id: 5).leads',
  'Campaign.new(id: 1, user_id: 5).leads.where(created_at: Time.utc(2024, 3, 2)..)',
  'Campaign.new(id: 1, user_id: 5).leads.recent_for("x")',
  'Campaign.new(id: 1, user_id: 5).recent_leads',
  'Campaign.new(id: 1, user_id: 5).recent_leads.where(company: "x")',
  'User.new(id: 5).campaigns',
  'User.new(id: 5).campaigns.where(name: "x")',
  'User.new(id: 5).leads',
  'User.new(id: 5).leads.where(created_at: Time.utc(2024, 1, 2)...Time.utc(2024, 1, 3))',
  'Lead.new(id: 1, created_at: Time.utc(2024, 1, 5)).agent_outputs',
  'Lead.new(id: 1, created_at: Time.utc(2024, 1, 5)).same_day_outputs',
  // Reading a belongs_to loads the record: ActiveRecord's association scope is what runs.
  { ruby: 'Lead.new(id: 1, campaign_id: 3).association(:campaign).scope', ours: 'Lead.new(id: 1, campaign_id: 3).campaign' },
  { ruby: 'Campaign.new(id: 3, user_id: 5).association(:user).scope', ours: 'Campaign.new(id: 3, user_id: 5).user' },
  // Query objects keeping a relation in an instance variable (app/queries/lead_query.rb).
  'LeadQuery.new("x").recent',
  'LeadQuery.new("x").everything',
  'RecentLeadsQuery.new.call("x")',
  'RecentLeadsQuery.new.in_window("x")',
  'RecentLeadsQuery.new(Lead.where(created_at: Time.utc(2024, 3, 2)..)).call("x")',
  'CampaignLeads.new(3).leads',
  'CampaignLeads.new(3).january',
  // Class-level entry points passing their arguments on to `new` (`*args, **kwargs`, `...`).
  'CompanyLeadsQuery.call("x")',
  'CompanyLeadsQuery.call("x", since: Time.utc(2024, 3, 2))',
  'CompanyLeadsQuery.run("x")',
  'CompanyLeadsQuery.run("x", since: Time.utc(2024, 3, 2))',
  // A through association over a through association: every table on the way is joined and judged.
  'User.new(id: 5).agent_outputs',
  'User.new(id: 5).agent_outputs.where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  'User.new(id: 5).agent_outputs.where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3), leads: { created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3) })',
  // Scope lambdas calling other scopes; merge of another relation (same model or a joined one).
  'Lead.microsoft',
  'Lead.microsoft_january',
  'Lead.recent_named("x")',
  'Lead.january.merge(Lead.microsoft)',
  'Lead.where(company: "x").merge(Lead.recent)',
  'Campaign.where(user_id: 5).joins(:leads).merge(Lead.january)',
  'Campaign.joins(:leads).merge(Lead.microsoft)',
  'Lead.joins(:campaign).merge(Campaign.where(user_id: 5)).where(created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3))',
  // A belongs_to association as a where key: ActiveRecord compares the foreign key.
  'Campaign.where(user: User.new(id: 5), archived: false)',
  'Lead.where(user: User.new(id: 5))',
  'Lead.where(campaign: Campaign.where(user_id: 5))',
  // A class method of several statements: `if since` with since left at its nil default is not taken.
  'Lead.matching("x")',
  'Lead.matching("x", since: Time.utc(2024, 3, 2))',
  'Lead.matching("x").where(created_at: Time.utc(2024, 3, 2)..)',
  // Joins of a proxy: every partitioned table of the query is judged.
  'User.new(id: 5).campaigns.joins(:leads).where(leads: { created_at: Time.utc(2024, 1, 2)..Time.utc(2024, 1, 3) })',
  'User.new(id: 5).campaigns.joins(:leads)',
];

/**
 * What Ruby evaluates: records from `Model.new(attr: …)` become persisted ones (`instantiate`), since
 * ActiveRecord gives a new record's collection associations no query at all (plain objects such
 * as query objects are built with `new` as written).
 */
const rubyOf = (c: (typeof CASES)[number]): string =>
  (typeof c === 'string' ? c : c.ruby).replace(/\b([A-Z]\w*)\.new\((\w+:(?:[^()]|\([^()]*\))*)\)/g, '$1.instantiate({ $2 }.transform_keys(&:to_s))');
const oursOf = (c: (typeof CASES)[number]): string => (typeof c === 'string' ? c : c.ours);

/** Files Ruby loads, in order (concerns before the models that include them). */
const RUBY_FILES = [
  'app/models/application_record.rb',
  'app/models/concerns/lead_scopes.rb',
  'app/models/admin.rb',
  'app/models/admin/lead.rb',
  'app/models/lead.rb',
  'app/models/agent_output.rb',
  'app/models/campaign.rb',
  'app/models/company.rb',
  'app/models/person.rb',
  'app/models/vip_lead.rb',
  'app/models/archived_lead.rb',
  'app/models/user.rb',
  'app/services/lead_search_service.rb',
  'app/services/lead_filters.rb',
  'app/services/monthly_leads.rb',
  'app/queries/lead_query.rb',
];

const RUBY = `
require "json"
require "active_support/all"
require "active_record"
ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL"))
ActiveRecord::Base.default_timezone = :utc
JSON.parse(ENV.fetch("PL_FILES")).each { |f| load f }
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


/** ActiveRecord's SQL and ours, compared after literals/parameters become `$` and parentheses go. */
const norm = (q: string): string =>
  q
    .replace(/'(?:[^']|'')*'/g, '$')
    .replace(/\$\d+|\?|\b(?:TRUE|FALSE)\b|(?<![\w."])\d+(?:\.\d+)?\b/g, '$')
    .replace(/[()]/g, '')
    .replace(/\s+LIMIT\s+\$$/, '')
    .replace(/\s+/g, ' ')
    .trim();

function schemaDdl(): string {
  let ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(path.join(root, 'db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `;\n${frag.text}`;
  }
  return ddl;
}

function folderIndex(): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, f);
    if (rubyHost.claimsFile!(file)) idx.indexFile(file, read(f));
  }
  return idx;
}

void test('followed relations: ActiveRecord to_sql + EXPLAIN on every server agree with the Ruby diagnostics', async (t) => {
  const missing = activeRecordAvailable();
  if (missing) {
    t.skip(`REAL ACTIVERECORD NOT AVAILABLE: ${missing} — install with: apt-get install -y ruby-activerecord ruby-pg`);
    return;
  }
  await loadEngine();
  await ensureRubyHostLoaded();
  const ddl = schemaDdl();
  const catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
  const idx = folderIndex();
  const file = path.join(root, 'app/controllers/check_controller.rb');
  const textOf = (code: string): string => `class CheckController < ApplicationController\n  def show\n    @x = ${code}\n  end\nend\n`;
  let captured: { sql?: string; error?: string }[] | undefined;
  await eachServerDb(t, 'arx', async (_db, server, url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(ddl);
      if (!captured) {
        // ActiveRecord's SQL does not depend on the server: capture it once.
        const r = spawnSync('ruby', ['-e', RUBY], {
          input: JSON.stringify(CASES.map(rubyOf)),
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: url, PL_FILES: JSON.stringify(RUBY_FILES.map((f) => path.join(root, f))) },
          timeout: 60_000,
        });
        assert.equal(r.status, 0, r.stderr);
        captured = JSON.parse(r.stdout) as { sql?: string; error?: string }[];
      }
      const disagreements: string[] = [];
      const shapes: string[] = [];
      let compared = 0;
      let flaggedCount = 0;
      for (const [i, c] of CASES.entries()) {
        const code = oursOf(c);
        const res = captured[i]!;
        assert.ok(res.sql, `${code}: ActiveRecord failed: ${res.error}`);
        const plan = (await client.query(`EXPLAIN (FORMAT JSON) ${res.sql}`)).rows[0]['QUERY PLAN'] as unknown;
        const text = textOf(code);
        const findings = rubyHost.check(text, catalog, { fileName: file, index: idx }).findings;
        for (const table of catalog.tables()) {
          if (!new RegExp(`"${table.name}"`).test(res.sql)) continue;
          const total = leafPartitions(table.partitions).length;
          const scanned = scannedLeaves(plan, table);
          const flagged = findings.some((f) => f.table === `${table.schema}.${table.name}`);
          compared++;
          if (flagged) flaggedCount++;
          if (flagged !== (scanned === total)) {
            disagreements.push(`PG ${server.major}: ${code}\n  ${table.name}: planner scans ${scanned}/${total}, we ${flagged ? 'flag it' : 'do not flag it'}\n  ActiveRecord: ${res.sql}`);
          }
        }
        // A conditional refinement (`rel = rel.where(…) if since`) gives alternatives: ActiveRecord's SQL is one of them.
        const last = rubyQueries(text, file, idx).sites.at(-1);
        const alternatives = last ? runSql(last) : [];
        const ours = alternatives.join('\n                ') || '(no query)';
        const sql = res.sql;
        if (!/JOIN/.test(sql) && !alternatives.some((a) => norm(a) === norm(sql))) shapes.push(`${code}\n  ActiveRecord: ${res.sql}\n  ours:         ${ours}`);
      }
      assert.deepEqual(shapes, []);
      assert.deepEqual(disagreements, []);
      assert.ok(compared >= CASES.length, `only ${compared} comparisons`);
      assert.ok(flaggedCount >= 4 && compared - flaggedCount >= 4, `${flaggedCount} flagged of ${compared}`);
    } finally {
      await client.end();
    }
  });
});
