import v8 from 'node:v8';
import { ensureParserLoaded, parseSql } from '../server/src/engine/sql/parse';
import { ensureTreeSitterLoaded, parserFor } from '../server/src/engine/host/treesitter';
async function main() {
  const mode = process.argv[2];
  if (mode === 'pg' || mode === 'all') v8.setFlagsFromString('--liftoff-only');
  await ensureParserLoaded();
  parseSql('select 1');
  v8.setFlagsFromString(mode === 'ts' || mode === 'all' ? '--liftoff-only' : '--no-liftoff-only');
  await ensureTreeSitterLoaded();
  for (const l of ['ruby', 'typescript', 'python'] as const) parserFor(l).parse('x = 1')!.delete();
  await new Promise((r) => setTimeout(r, 300));
}
void main();
