// Helpers for the end-to-end tier: an isolated code-server (VS Code workbench + real extension
// host) and Debian's Chromium through playwright-core. Every process is started in its own
// process group and stopped by id, also on failure.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A fresh run directory with isolated VS Code, browser and XDG state. */
export function freshRunDir(root, tag) {
  const dir = path.join(root, `${tag}-${Date.now()}`);
  for (const d of ['user-data/User', 'extensions', 'chrome-profile', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp', 'out']) {
    fs.mkdirSync(path.join(dir, d), { recursive: true });
  }
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  return dir;
}

export function isolatedEnv(dir, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'xdg/config'),
    XDG_DATA_HOME: path.join(dir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg/cache'),
    TMPDIR: path.join(dir, 'tmp'),
    ...extra,
  };
}

function baseArgs(dir) {
  return ['--config', path.join(dir, 'config.yaml'), '--user-data-dir', path.join(dir, 'user-data'), '--extensions-dir', path.join(dir, 'extensions')];
}

/** Installs a .vsix into the run's extensions directory; returns the time it took. */
export function installVsix(codeServer, dir, vsix) {
  const t0 = Date.now();
  const out = execFileSync(codeServer, [...baseArgs(dir), '--install-extension', vsix, '--force'], { env: isolatedEnv(dir), timeout: 120000, encoding: 'utf8' });
  return { ms: Date.now() - t0, out };
}

/** Starts code-server on a free loopback port; resolves with { url, pid, stop }. */
export function startCodeServer(codeServer, dir, workspace, { env = {}, timeoutMs = 60000, bindAddr = '127.0.0.1:0' } = {}) {
  const t0 = Date.now();
  const log = fs.openSync(path.join(dir, 'out', 'code-server.log'), 'a');
  const child = spawn(codeServer, [
    ...baseArgs(dir), '--bind-addr', bindAddr, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', workspace,
  ], { env: isolatedEnv(dir, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!exited) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }
  };
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => { void stop(); reject(new Error('code-server did not start in time:\n' + buf)); }, timeoutMs);
    const onData = (d) => {
      fs.writeSync(log, d);
      buf += d.toString();
      const m = buf.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve({ url: m[1], pid: child.pid, stop, startMs: Date.now() - t0 }); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`code-server exited ${code}\n${buf}`)); });
  });
}

/** Debian Chromium, headless and quiet on a closed network, with its state inside the run dir. */
export async function launchBrowser(dir) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(dir, 'chrome-profile'), {
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    headless: true,
    timeout: 60000,
    viewport: { width: 1400, height: 900 },
    env: { ...isolatedEnv(dir), HOME: path.join(dir, 'xdg') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
