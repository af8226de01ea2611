/**
 * Fix round (batch J): a controller instance variable assigned in both branches of an `if` keeps
 * one relation per path, each reported at its own assignment (the view runs whichever was taken).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { ensureRubyHostLoaded, rubyHost } from '../server/src/engine/host/ruby/index';
import type { HostIndex } from '../server/src/engine/host/types';
import { loadEngine } from '../server/src/engine/index';

const root = path.join(import.meta.dirname, 'fixtures', 'rails');
const abs = (rel: string): string => path.join(root, rel);
const read = (rel: string): string => fs.readFileSync(abs(rel), 'utf8');

let catalog: CatalogView;
let ddl = '';

void before(async () => {
  await loadEngine();
  await ensureRubyHostLoaded();
  ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(abs('db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `\n;\n${frag.text}`;
  }
  catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
});

function folderIndex(): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
    if (rubyHost.claimsFile!(abs(f))) idx.indexFile(abs(f), read(f));
  }
  return idx;
}

void test('an instance variable assigned in both branches of an if: each path reported at its own assignment', () => {
  const text = [
    'class BranchesController < ApplicationController',
    '  def index',
    '    if params[:lead_id]',
    '      @outputs = AgentOutput.where(lead_id: params[:lead_id])',
    '    else',
    '      @outputs = AgentOutput.where(body: "x")',
    '    end',
    '  end',
    '',
    '  def refined',
    '    @outputs = AgentOutput.where(lead_id: params[:lead_id])',
    '    @outputs = @outputs.where(body: "x") if params[:body]',
    '  end',
    'end',
    '',
  ].join('\n');
  const findings = rubyHost.check(text, catalog, { fileName: abs('app/controllers/branches_controller.rb'), index: folderIndex() }).findings;
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  const lines = findings.map((f) => lineOf(f.start)).sort((a, b) => a - b);
  // One run per branch, each on its own line; the refinement keeps a single run where it is last assigned.
  assert.deepEqual([...new Set(lines)], [4, 6, 12]);
});
