// Debug: index a case directory, print skipped calls and findings per file.
import fs from 'node:fs';
import path from 'node:path';
import { WorkspaceCatalog } from './server/src/engine/catalog/workspace';
import { loadEngine } from './server/src/engine/index';
import { hostFor } from './server/src/engine/host/index';
import { scanTypeScript, TsIndex } from './server/src/engine/host/typescript/index';

const dir = path.resolve(process.argv[2]!);
const schema = process.argv[3] ?? './bench/accuracy/schema.sql';
function walk(d: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, out); else if (/\.(ts|js)$/.test(p)) out.push(p);
  }
  return out;
}
async function main() {
await loadEngine();
const host = hostFor('typescript')!;
const ws = new WorkspaceCatalog();
ws.setFile(schema, fs.readFileSync(schema, 'utf8'), 'sql');
const catalog = ws.snapshot();
const index = host.createIndex!() as TsIndex;
const files = walk(dir); console.log(files.length, catalog.tables().length);
for (const f of files) index.indexFile(f, fs.readFileSync(f, 'utf8'));
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const scan = scanTypeScript(text, f, false, index);
  const line = (o: number) => text.slice(0, o).split('\n').length;
  for (const s of scan.skipped) console.log(`${path.relative(dir, f)}:${line(s.start)} skipped: ${s.why}${s.retry ? ' retry ' + s.retry : ''}`);
  const r = host.check(text, catalog, { fileName: f, index }); console.log(f, r.findings.length, r.parseErrors.length);
  for (const x of r.findings) console.log(`${path.relative(dir, f)}:${line(x.start)} FINDING ${x.code} ${x.table}`);
}
}
void main();
