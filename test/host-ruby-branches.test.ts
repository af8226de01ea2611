/**
 * Fix round (batch J): a controller instance variable assigned in both branches of an `if` keeps
 * one relation per path, each reported at its own assignment (the view runs whichever was taken).
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { rubyHost } from '../server/src/engine/host/ruby/index';
import { abs, loadRailsFixture, railsFolderIndex } from './helpers/rails-fixture';

let catalog: CatalogView;

void before(async () => {
  ({ catalog } = await loadRailsFixture());
});

const folderIndex = railsFolderIndex;

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
