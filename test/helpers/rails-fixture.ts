/**
 * The Rails fixture application (test/fixtures/rails) as the Ruby host tests load it: its schema
 * (structure.sql plus the migrations' DDL) and the application indexed as one workspace folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { tablesFromSql } from '../../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../../server/src/engine/catalog/model';
import { ensureRubyHostLoaded, rubyHost } from '../../server/src/engine/host/ruby/index';
import type { HostIndex } from '../../server/src/engine/host/types';
import { loadEngine } from '../../server/src/engine/index';
import { LineIndex } from '../../server/src/engine/finding';

export const railsRoot = path.join(import.meta.dirname, '..', 'fixtures', 'rails');
export const abs = (rel: string): string => path.join(railsRoot, rel);
export const read = (rel: string): string => fs.readFileSync(abs(rel), 'utf8');

/** Loads the engine and the Ruby host, then the fixture's DDL and the catalog it declares. */
export async function loadRailsFixture(): Promise<{ ddl: string; catalog: CatalogView }> {
  await loadEngine();
  await ensureRubyHostLoaded();
  let ddl = read('db/structure.sql');
  for (const f of fs.readdirSync(abs('db/migrate')).sort()) {
    for (const frag of rubyHost.sqlFragments(read(`db/migrate/${f}`), `db/migrate/${f}`)) if (frag.ddl) ddl += `\n;\n${frag.text}`;
  }
  return { ddl, catalog: new CatalogSnapshot(tablesFromSql(ddl).tables) };
}

/** The fixture application plus extra files (relative path → text, replacing a fixture file of that path), as one folder. */
export function railsFolderIndex(extra: Record<string, string> = {}): HostIndex {
  const idx = rubyHost.createIndex!();
  for (const f of fs.readdirSync(railsRoot, { recursive: true }) as string[]) {
    if (rubyHost.claimsFile!(abs(f)) && !(f in extra)) idx.indexFile(abs(f), read(f));
  }
  for (const [f, text] of Object.entries(extra)) idx.indexFile(abs(f), text);
  return idx;
}

/** `line:col table text` (1-based) of each finding of one of the extra files, checked in the fixture application plus those files. */
export function railsFindings(catalog: CatalogView, extra: Record<string, string>, rel: string): string[] {
  const text = extra[rel]!;
  const li = new LineIndex(text);
  return rubyHost.check(text, catalog, { fileName: abs(rel), index: railsFolderIndex(extra) }).findings.map((f) => {
    const s = li.position(f.start);
    return `${s.line + 1}:${s.character + 1} ${f.table} ${text.slice(f.start, f.end)}`;
  });
}

/** Lines of a Ruby source, each ended by a newline. */
export const rubyLines = (...l: string[]): string => `${l.join('\n')}\n`;

/** Loads the fixture's catalog before the calling suite's tests; `findings` is `railsFindings` on it. */
export function railsSuite(): { findings(extra: Record<string, string>, rel: string): string[] } {
  let catalog: CatalogView | undefined;
  before(async () => {
    ({ catalog } = await loadRailsFixture());
  });
  return {
    findings: (extra, rel) => {
      if (!catalog) throw new Error('railsSuite: a check ran before the suite loaded the catalog');
      return railsFindings(catalog, extra, rel);
    },
  };
}

/** The fixture's model files a real ActiveRecord run loads. */
const FIXTURE_MODELS = ['app/models/application_record.rb', 'app/models/concerns/lead_scopes.rb', 'app/models/lead.rb', 'app/models/agent_output.rb', 'app/models/campaign.rb', 'app/models/user.rb'];

/**
 * The files a real ActiveRecord run of the calling suite loads: the fixture's models plus `models`
 * (relative path → text), written to a temporary folder the suite removes when it ends.
 */
export function modelFilesForRun(prefix: string, models: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const own = Object.entries(models).map(([rel, text]) => {
    const file = path.join(dir, path.basename(rel));
    fs.writeFileSync(file, text);
    return file;
  });
  return [...FIXTURE_MODELS.map(abs), ...own];
}
