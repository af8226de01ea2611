// UI tests through the browser: what only pixels show. Drives the real workbench (code-server)
// with Debian's Chromium: the "Partition Lens" activity-bar view, the explorer tree against a
// throwaway PostgreSQL, the Problems panel with our diagnostic, a hover on `leads`, and a write
// command's confirmation dialog with its SQL preview (cancelled: the database must not change).
// Called by test/e2e/run.mjs; returns [{ title, state, error? }]. Waits on conditions, never sleeps.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const STEP_TIMEOUT = 30000;

function month(offset) {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  return { day: `${y}-${m}-01`, suffix: `${y}_${m}` };
}

async function sql(url, text, params = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** A database like the fixture app's: leads by month (last, this, and one long ago), campaigns by hash. */
async function prepareDatabase(baseUrl) {
  const name = `pl_ui_${Date.now()}`;
  await sql(baseUrl, `CREATE DATABASE ${name}`);
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const [prev, cur, next] = [month(-1), month(0), month(1)];
  await sql(
    url,
    `CREATE TABLE public.leads (id bigint NOT NULL, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
     CREATE TABLE public.leads_${prev.suffix} PARTITION OF public.leads FOR VALUES FROM ('${prev.day}') TO ('${cur.day}');
     CREATE TABLE public.leads_${cur.suffix} PARTITION OF public.leads FOR VALUES FROM ('${cur.day}') TO ('${next.day}');
     CREATE TABLE public.leads_default PARTITION OF public.leads DEFAULT;
     INSERT INTO public.leads SELECT g, 'Microsoft', '${prev.day}'::timestamptz + g * interval '2 minutes' FROM generate_series(1, 12000) g;
     INSERT INTO public.leads SELECT g, 'Contoso', '${cur.day}'::timestamptz + g * interval '2 minutes' FROM generate_series(12001, 15000) g;
     CREATE TABLE public.agent_outputs (id bigint NOT NULL, lead_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
     CREATE TABLE public.agent_outputs_${cur.suffix} PARTITION OF public.agent_outputs FOR VALUES FROM ('${cur.day}') TO ('${next.day}');
     CREATE TABLE public.agent_outputs_${next.suffix} PARTITION OF public.agent_outputs FOR VALUES FROM ('${next.day}') TO ('${month(2).day}');
     CREATE TABLE public.campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
     CREATE TABLE public.campaigns_p0 PARTITION OF public.campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 0);
     CREATE TABLE public.campaigns_p1 PARTITION OF public.campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 1);
     ANALYZE;`,
  );
  return { url, prev, cur, next };
}

async function partitionNames(url) {
  const rows = await sql(url, `SELECT c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'public.leads'::regclass ORDER BY 1`);
  return rows.map((r) => r.relname);
}

export async function runUiTests({ browser, url, ws, screenshots, env, lap = () => {} }) {
  const results = [];
  const shot = (name) => path.join(screenshots, name);
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  let broken; // set when a step fails that later steps need

  async function step(title, fn) {
    if (broken) {
      results.push({ title, state: 'failed', error: `not run: "${broken}" failed first` });
      return;
    }
    const t = Date.now();
    try {
      await fn();
      results.push({ title, state: 'passed', durationMs: Date.now() - t });
      lap(`UI ✔ ${title} (${Date.now() - t} ms)`);
    } catch (e) {
      results.push({ title, state: 'failed', error: String(e?.stack ?? e).slice(0, 2000) });
      await page.screenshot({ path: shot(`ui-failure-${results.length}.png`) }).catch(() => {});
      broken = title;
    }
  }

  let db;
  await step('a database and a workspace connection for the UI', async () => {
    if (!env.PL_E2E_DB_URL) throw new Error('PL_E2E_DB_URL is not set');
    db = await prepareDatabase(env.PL_E2E_DB_URL);
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(ws, '.vscode', 'settings.json'),
      JSON.stringify({ 'partitionLens.connections': [{ id: 'local', name: 'Local dev', url: db.url }] }, null, 2),
    );
  });

  await step('the workbench opens the fixture workspace', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`, { timeout: 60000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.activitybar').waitFor();
  });

  const treeItem = (name) => page.getByRole('treeitem', { name });
  const expand = async (item) => {
    if ((await item.getAttribute('aria-expanded')) === 'true') return;
    await item.click();
    if ((await item.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
    await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await item.elementHandle());
  };

  await step('the activity bar has the "Partition Lens" view', async () => {
    const icon = page.locator('.activitybar [aria-label^="Partition Lens"]').first();
    await icon.waitFor();
    await icon.click();
    await page.locator('.part.sidebar .composite.title', { hasText: /Partition Lens/i }).first().waitFor();
    await treeItem(/^Local dev /).waitFor();
    // A wider sidebar so that bounds and badges are readable in the screenshots.
    const box = await page.locator('.part.sidebar').boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 720, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
    }
  });

  await step('the explorer tree shows connection, tables, partitions with bounds and a health badge', async () => {
    await treeItem(/^Local dev /).click(); // a disconnected connection connects on click
    const conn = treeItem(/^Local dev .*active/);
    await conn.waitFor();
    // VS Code keeps the collapsed state it first saw for an id (the node was a leaf before connecting).
    await expand(conn);
    await treeItem(/^public/).waitFor();
    const leads = treeItem(/^leads RANGE \(created_at\) · 3 partitions · ⚠ no partition for /);
    await leads.waitFor();
    await treeItem(/^campaigns HASH \(user_id\) · 2 partitions/).waitFor();
    await expand(leads);
    await treeItem(new RegExp(`^leads_${db.cur.suffix} FROM \\('${db.cur.day} 00:00:00\\+00'\\) TO \\('${db.next.day} 00:00:00\\+00'\\)`)).waitFor();
    await treeItem(new RegExp(`^leads_${db.prev.suffix} FROM .* · ~12k rows`)).waitFor();
    await treeItem(/^leads_default DEFAULT/).waitFor();
    await treeItem(/^no partition for /).waitFor();
    await page.screenshot({ path: shot('ui-explorer.png'), clip: { x: 0, y: 0, width: 780, height: 320 } });
  });

  await step('the Problems panel lists the diagnostic of queries.sql', async () => {
    await page.keyboard.press('Control+P');
    const qi = page.locator('.quick-input-widget input');
    await qi.waitFor();
    await qi.fill('queries.sql');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'queries.sql' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines', { hasText: 'SELECT' }).first().waitFor();
    await page.keyboard.press('Control+Shift+M');
    const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'has no condition on created_at' }).first();
    await marker.waitFor();
    const label = (await marker.getAttribute('aria-label')) ?? '';
    if (!/leads/.test(label)) throw new Error('unexpected problem: ' + label);
    await page.locator('.editor-instance .squiggly-warning').first().waitFor();
  });

  await step('hovering leads in queries.sql shows the partitioning and the diagnostic', async () => {
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+G');
    const qi = page.locator('.quick-input-widget input');
    await qi.waitFor();
    await qi.fill(':1:17');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'created_at' }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    if (!/range/i.test(text)) throw new Error('hover without the partitioning: ' + text);
    await page.screenshot({ path: shot('ui-diagnostic-hover.png') });
    await page.keyboard.press('Escape');
  });

  await step('a write command shows its SQL and a confirmation; cancelling changes nothing', async () => {
    const before = await partitionNames(db.url);
    // Room for the SQL preview: no bottom panel, a narrower sidebar.
    await page.keyboard.press('Control+J');
    await page.locator('.part.panel').waitFor({ state: 'hidden' }).catch(() => {});
    const box = await page.locator('.part.sidebar').boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 430, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
    }
    const leads = treeItem(/^leads RANGE /);
    await leads.click({ button: 'right' });
    const menuItem = page.locator('.context-view .action-item', { hasText: 'Create Upcoming Partitions…' }).first();
    await menuItem.waitFor();
    await menuItem.hover();
    await menuItem.click();
    const monthRow = page.locator('.quick-input-list .monaco-list-row', { hasText: 'month' }).first();
    // A menu that has only just opened may swallow the first click: click again while it is still there.
    for (let i = 0; i < 5 && !(await monthRow.isVisible()); i++) {
      if (await menuItem.isVisible()) await menuItem.click().catch(() => {});
      await monthRow.waitFor({ timeout: 3000 }).catch(() => {});
    }
    await monthRow.waitFor();
    await page.mouse.move(1300, 860); // away from the tree, whose tooltips would cover the screenshot
    const qi = page.locator('.quick-input-widget input');
    await qi.fill('month');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'How many months ahead' }).waitFor();
    await qi.fill('2');
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    await dialog.getByText(/Create .*partition/i).first().waitFor();
    await page.locator('.editor-instance .view-lines', { hasText: `leads_${db.next.suffix}` }).first().waitFor();
    await page.screenshot({ path: shot('ui-sql-preview.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await partitionNames(db.url);
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`the database changed after Cancel: ${before} → ${after}`);
    await treeItem(/^leads RANGE .*⚠ no partition for /).waitFor();
  });

  return results;
}
