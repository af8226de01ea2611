/**
 * Runs Ruby snippets with real ActiveRecord (Debian `ruby-activerecord`, `ruby-pg`) inside a
 * rolled-back transaction on every PostgreSQL server, captures every SELECT/UPDATE/DELETE they
 * send, EXPLAINs it, and compares with the Ruby host's diagnostics for the same code written in a
 * controller action: a partitioned table is flagged exactly when some statement reading it keeps
 * every leaf partition. Used by the Ruby pattern tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestContext } from 'node:test';
import pg from 'pg';
import { leafPartitions, type CatalogView } from '../../server/src/engine/catalog/model';
import { rubyHost } from '../../server/src/engine/host/ruby/index';
import type { HostIndex } from '../../server/src/engine/host/types';
import { eachServerDb } from './db';
import { scannedLeaves } from './plan';

/**
 * Runs each case with ActiveRecord inside a rolled-back transaction (its `setup` first, not
 * captured) and prints every SELECT, UPDATE and DELETE the case itself sends.
 */
const RUBY_EXECUTED = `
require "json"
require "active_support/all"
require "active_record"
# Values inline (no bind parameters), so that the executed SQL can be EXPLAINed as it is.
ActiveRecord::Base.establish_connection(url: ENV.fetch("DATABASE_URL"), prepared_statements: false)
ActiveRecord::Base.default_timezone = :utc
JSON.parse(ENV.fetch("PL_FILES")).each { |f| load f }
out = JSON.parse(STDIN.read).map do |c|
  sqls = []
  sub = nil
  begin
    ActiveRecord::Base.transaction do
      eval(c["setup"]) if c["setup"]
      sub = ActiveSupport::Notifications.subscribe("sql.active_record") do |*, payload|
        sqls << payload[:sql] if payload[:name] != "SCHEMA" && payload[:sql] =~ /\\A\\s*(SELECT|UPDATE|DELETE)/
      end
      eval(c["code"])
      raise ActiveRecord::Rollback
    end
    { "sqls" => sqls }
  rescue Exception => e
    { "error" => "#{e.class}: #{e.message}" }
  ensure
    ActiveSupport::Notifications.unsubscribe(sub) if sub
  end
end
STDOUT.write(JSON.generate(out))
`;

export interface ExecutedCase {
  /** Ruby that ActiveRecord runs (captured). */
  readonly code: string;
  /** Ruby run first, not captured (rows the code reads). */
  readonly setup?: string;
  /**
   * The controller body the host checks instead of `def run; code; end` (a callback, a constant,
   * or a gem's method whose SQL `code` reproduces with ActiveRecord's own methods).
   */
  readonly controller?: string;
  /** Another class the host checks instead of the controller (a serializer), with its file name relative to the fixture app. */
  readonly checked?: { readonly file: string; readonly text: string };
}

export interface ExecutedSetup {
  readonly ddl: string;
  readonly catalog: CatalogView;
  /** Ruby files loaded before the cases run (models, query objects). */
  readonly files: readonly string[];
  readonly index: () => HostIndex;
  /** Where the checked controller is (inside the fixture app, so the index resolves its names). */
  readonly controllerFile: string;
  /** At least this many (table, case) pairs flagged and this many not flagged. */
  readonly minEach?: number;
}

export async function assertExecutedAgree(t: TestContext, cases: readonly ExecutedCase[], s: ExecutedSetup): Promise<void> {
  const r0 = spawnSync('ruby', ['-e', 'require "active_record"; require "pg"'], { encoding: 'utf8' });
  if (r0.error || r0.status !== 0) {
    t.skip(`REAL ACTIVERECORD NOT AVAILABLE: ${r0.error?.message ?? r0.stderr.split('\n')[0]} — install with: apt-get install -y ruby-activerecord ruby-pg`);
    return;
  }
  const idx = s.index();
  let captured: { sqls?: string[]; error?: string }[] | undefined;
  await eachServerDb(t, 'arx', async (_db, server, url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(s.ddl);
      if (!captured) {
        const r = spawnSync('ruby', ['-e', RUBY_EXECUTED], {
          input: JSON.stringify(cases),
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: url, PL_FILES: JSON.stringify(s.files) },
          timeout: 60_000,
        });
        assert.equal(r.status, 0, r.stderr);
        captured = JSON.parse(r.stdout) as { sqls?: string[]; error?: string }[];
      }
      const disagreements: string[] = [];
      let compared = 0;
      let flagged = 0;
      for (const [i, { code, controller, checked }] of cases.entries()) {
        const res = captured[i]!;
        assert.ok(res.sqls?.length, `${code}: ActiveRecord sent no SELECT/UPDATE/DELETE (${res.error ?? ''})`);
        const text = checked?.text ?? `class ExecutedController < ApplicationController\n  ${controller ?? `def run\n    ${code}\n  end`}\nend\n`;
        const fileName = checked ? path.join(path.dirname(s.controllerFile), '..', '..', checked.file) : s.controllerFile;
        const findings = rubyHost.check(text, s.catalog, { fileName, index: idx }).findings;
        for (const table of s.catalog.tables()) {
          // Every statement that reads the table: it scans all leaves if one of them does.
          // Quoted as ActiveRecord writes names, or bare as SQL written by hand.
          const reading = res.sqls!.filter((q) => new RegExp(`(FROM|JOIN|UPDATE) "?${table.name}"?(?![\\w"])`).test(q));
          if (!reading.length) {
            if (findings.some((f) => f.table === `${table.schema}.${table.name}`)) disagreements.push(`${code}: we flag ${table.name}, which ActiveRecord does not read`);
            continue;
          }
          let scansAll = false;
          for (const q of reading) {
            const plan = (await client.query(`EXPLAIN (FORMAT JSON) ${q}`)).rows[0]['QUERY PLAN'] as unknown;
            if (scannedLeaves(plan, table) === leafPartitions(table.partitions).length) scansAll = true;
          }
          const ours = findings.some((f) => f.table === `${table.schema}.${table.name}`);
          compared++;
          if (ours) flagged++;
          if (ours !== scansAll) disagreements.push(`PG ${server.major}: ${code}\n  ${table.name}: planner scans all: ${scansAll}, we flag: ${ours}\n  ActiveRecord: ${reading.join('\n                ')}`);
        }
      }
      assert.deepEqual(disagreements, []);
      const min = s.minEach ?? 4;
      assert.ok(flagged >= min && compared - flagged >= min, `${flagged} flagged of ${compared}`);
    } finally {
      await client.end();
    }
  });
}
