/**
 * Ruby host benchmark: scan throughput (MB/s) of `check` over a generated Rails-like tree, and
 * keystroke-to-diagnostics latency (p50/p95) of `check` on a 5,000-line Ruby file after a
 * one-line edit. Run: node --import tsx bench/host-ruby.ts
 */
import os from 'node:os';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { ensureRubyHostLoaded, lastCheckPhases, rubyHost } from '../server/src/engine/host/ruby/index';

const DDL = `
CREATE TABLE leads (id bigint, company text, user_id bigint, created_at timestamp NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2024_01 PARTITION OF leads FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE agent_outputs (id bigint, lead_id bigint, created_at timestamp NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint, user_id bigint NOT NULL) PARTITION BY HASH (user_id);
`;

function model(i: number): string {
  return `class Model${i} < ApplicationRecord
  belongs_to :lead
  has_many :agent_outputs
  scope :recent, -> { where(created_at: 1.month.ago..) }
  scope :for_company, ->(c) { where(company: c) }
  validates :name, presence: true

  def self.stale(days = 30)
    where("updated_at < ?", days.days.ago)
  end

  def display_name
    "#{name} (#{id})"
  end
end
`;
}

function service(i: number): string {
  return `class Service${i}
  def initialize(user)
    @user = user
  end

  def call(company, since = nil)
    rel = Lead.where(company: company)
    rel = rel.where(created_at: since..) if since
    rel.find_each { |lead| notify(lead) }
    AgentOutput.where(lead_id: Lead.where(company: company).select(:id), created_at: 1.day.ago..).count
    Campaign.where(user_id: @user.id).pluck(:id)
    Lead.connection.select_all(<<~SQL)
      SELECT count(*) FROM leads WHERE company = #{Lead.connection.quote(company)} AND created_at >= now() - interval '1 day'
    SQL
  end

  def helper(values)
    values.map { |v| v.to_s.upcase }.join(", ")
  end

  private

  def notify(lead)
    Rails.logger.info("lead #{lead.id}")
  end
end
`;
}

function controller(i: number): string {
  return `class Users${i}Controller < ApplicationController
  before_action :set_user

  def index
    @users = User.where(active: true).order(:name).page(params[:page])
  end

  def show
    render json: UserSerializer.new(@user).as_json
  end

  private

  def set_user
    @user = User.find(params[:id])
  end
end
`;
}

function plain(i: number): string {
  return `module Util${i}
  def self.format(x)
    x.to_s.rjust(10, "0")
  end

  def self.sum(list)
    list.inject(0) { |a, b| a + b }
  end
end
`;
}

/** CPU milliseconds of this process since `from` (stable on a busy machine, unlike wall time). */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  await ensureRubyHostLoaded();
  const catalog = new CatalogSnapshot(tablesFromSql(DDL).tables);
  for (let i = 0; i < 200; i++) rubyHost.indexFile!(`app/models/model${i}.rb`, model(i));

  // Scan throughput on two trees: one where every file is query code on partitioned tables,
  // and a mixed one (a sixth of the files touch partitioned tables, like a real application).
  const heavy: string[] = [];
  for (let i = 0; i < 1500; i++) heavy.push(i % 3 === 0 ? model(i) : i % 3 === 1 ? service(i) : plain(i));
  const mixed: string[] = [];
  for (let i = 0; i < 3000; i++) mixed.push([service, controller, plain, controller, plain, controller][i % 6]!(i));
  for (const [label, files] of [['query-heavy', heavy], ['mixed', mixed]] as const) {
    const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
    let findings = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    if (!process.env.BENCH_SKIP_SCAN) for (const [i, f] of files.entries()) findings += rubyHost.check(f, catalog, { fileName: `app/${label}/f${i}.rb` }).findings.length;
    const ms = performance.now() - t0;
    const cpu = cpuMs(c0);
    console.log(
      `scan ${label}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${ms.toFixed(0)} ms wall (${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s), ` +
        `${cpu.toFixed(0)} ms CPU (${(bytes / 1e6 / (cpu / 1000)).toFixed(2)} MB/s), ${findings} findings`,
    );
  }

  // Latency: a 5,000-line file, one line edited per "keystroke".
  let big = '';
  for (let i = 0; big.split('\n').length < 5000; i++) big += service(i);
  const lines = big.split('\n');
  console.log(`latency file: ${lines.length} lines, ${(big.length / 1e3).toFixed(0)} kB`);
  rubyHost.check(big, catalog, { fileName: 'app/big.rb' });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let reused = 0;
  const phases = { parse: [] as number[], units: [] as number[], analyse: [] as number[], evaluated: [] as number[] };
  for (let k = 0; k < (process.env.BENCH_SKIP_LATENCY ? 0 : 60); k++) {
    // Edits accumulate like typing: each keystroke changes one line of the previous version.
    const line = 6 + ((k * 97) % (lines.length - 10));
    lines[line] = `${lines[line]} # edit ${k}`;
    const text = lines.join('\n');
    const s = performance.now();
    const c = process.cpuUsage();
    rubyHost.check(text, catalog, { fileName: 'app/big.rb' });
    times.push(performance.now() - s);
    cpuTimes.push(cpuMs(c));
    phases.parse.push(lastCheckPhases.parse);
    if (lastCheckPhases.reusedUnits) reused++;
    phases.units.push(lastCheckPhases.units);
    phases.analyse.push(lastCheckPhases.analyse);
    phases.evaluated.push(lastCheckPhases.evaluatedUnits);
  }
  const q = (xs: number[], p: number): string => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(1);
  console.log(`check after a one-line edit: wall p50 ${q(times, 0.5)} ms, p95 ${q(times, 0.95)} ms; CPU p50 ${q(cpuTimes, 0.5)} ms, p95 ${q(cpuTimes, 0.95)} ms (goal p95 < 20 ms)`);
  console.log(`  unit list reused after ${reused} of ${times.length} edits (the others changed structure or touched a line outside a method)`);
  console.log(`  phases (wall p50/p95): incremental parse ${q(phases.parse, 0.5)}/${q(phases.parse, 0.95)} ms, units ${q(phases.units, 0.5)}/${q(phases.units, 0.95)} ms, analysis of changed units + cached results ${q(phases.analyse, 0.5)}/${q(phases.analyse, 0.95)} ms`);
  console.log(`  units evaluated per edit (p50/p95/max): ${q(phases.evaluated, 0.5)}/${q(phases.evaluated, 0.95)}/${Math.max(...phases.evaluated)}`);
  console.log(`load average while measuring: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs (wall times include waiting for a CPU)`);
}

void main();
