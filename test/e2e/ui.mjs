// UI tests through the browser: what only pixels show. Drives the real workbench (code-server)
// with Debian's Chromium: the "Partition Lens" activity-bar view, the explorer tree against a
// throwaway PostgreSQL, the Problems panel with our diagnostic, a hover on `leads`, and each write
// command through its real prompts and review editor (Run / Cancel / Drop for Good buttons; Enter
// never runs), and a generated migration opened read-only.
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
  const [old1, old2] = [month(-24), month(-23)];
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
     CREATE TABLE public.old_a (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
     CREATE TABLE public.old_a_${old1.suffix} PARTITION OF public.old_a FOR VALUES FROM ('${old1.day}') TO ('${old2.day}');
     CREATE TABLE public.old_a_${old2.suffix} PARTITION OF public.old_a FOR VALUES FROM ('${old2.day}') TO ('${month(-22).day}');
     CREATE TABLE public.old_b (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
     CREATE TABLE public.old_b_${old1.suffix} PARTITION OF public.old_b FOR VALUES FROM ('${old1.day}') TO ('${old2.day}');
     CREATE TABLE public.old_b_${old2.suffix} PARTITION OF public.old_b FOR VALUES FROM ('${old2.day}') TO ('${month(-22).day}');
     INSERT INTO public.old_a VALUES (1, '${old1.day}'), (2, '${old2.day}');
     INSERT INTO public.old_b VALUES (1, '${old1.day}'), (2, '${old2.day}');
     CREATE TABLE public.plain_orders (id bigint NOT NULL, created_at timestamptz NOT NULL);
     INSERT INTO public.plain_orders SELECT g, '${prev.day}'::timestamptz + g * interval '1 hour' FROM generate_series(1, 1000) g;
     CREATE TABLE public.campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
     CREATE TABLE public.campaigns_p0 PARTITION OF public.campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 0);
     CREATE TABLE public.campaigns_p1 PARTITION OF public.campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 1);
     ANALYZE;`,
  );
  return { url, prev, cur, next, old1, old2 };
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

  // Helpers for the write commands: tree context menus, quick input answers, the review editor.
  const qi = page.locator('.quick-input-widget input');
  const contextMenu = async (item, label) => {
    await item.click({ button: 'right' });
    const menuItem = page.locator('.context-view .action-item', { hasText: label }).first();
    await menuItem.waitFor();
    await menuItem.hover();
    await menuItem.click();
    return menuItem;
  };
  /** Waits for a quick input whose rows or title match, retrying a context-menu click that was swallowed. */
  const waitQuick = async (what, menuItem) => {
    const target = page.locator('.quick-input-widget', { hasText: what }).first();
    for (let i = 0; i < 5 && !(await target.isVisible()); i++) {
      if (menuItem && (await menuItem.isVisible())) await menuItem.click().catch(() => {});
      await target.waitFor({ timeout: 3000 }).catch(() => {});
    }
    await target.waitFor();
  };
  const pickRow = async (text) => {
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    await row.waitFor();
    await row.click();
  };
  const answer = async (title, value) => {
    await page.locator('.quick-input-widget', { hasText: title }).first().waitFor();
    if (value !== undefined) await qi.fill(value);
    await page.keyboard.press('Enter');
  };
  // The review: a read-only SQL editor with Run / Drop for Good / Cancel in its title bar.
  const action = (label) => page.locator(`.editor-actions a.action-label[aria-label="${label}"], .editor-actions a.action-label[aria-label^="${label} ("]`).first();
  const reviewText = (text) => page.locator('.editor-instance .view-lines', { hasText: text }).first();
  const collapse = async (item) => {
    if ((await item.getAttribute('aria-expanded')) !== 'true') return;
    await item.click();
    if ((await item.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('ArrowLeft');
  };
  const roomForTheReview = async () => {
    // No bottom panel, a narrower sidebar: the review opens beside the current editor.
    if (await page.locator('.part.panel').isVisible()) {
      await page.keyboard.press('Control+J');
      await page.locator('.part.panel').waitFor({ state: 'hidden' }).catch(() => {});
    }
    const box = await page.locator('.part.sidebar').boundingBox();
    if (box && box.width > 460) {
      await page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 430, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
    }
  };
  const sameList = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const names = async (table) =>
    (await sql(db.url, `SELECT c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`, [table])).map((r) => r.relname);
  const exists = async (name) => (await sql(db.url, `SELECT 1 FROM pg_catalog.pg_class WHERE relname = $1`, [name])).length > 0;

  await step('Create Upcoming: the whole SQL in a review editor; Enter does nothing, Cancel changes nothing', async () => {
    const before = await partitionNames(db.url);
    await roomForTheReview();
    const menuItem = await contextMenu(treeItem(/^leads RANGE /), 'Create Upcoming Partitions…');
    await waitQuick('month', menuItem);
    await page.mouse.move(1300, 860); // away from the tree, whose tooltips would cover the screenshot
    await qi.fill('month');
    await page.keyboard.press('Enter');
    await answer('How many months ahead', '2');
    await reviewText(`leads_${db.next.suffix}`).waitFor();
    await action('Run').waitFor();
    await action('Cancel').waitFor();
    if (await action('Drop for Good').isVisible()) throw new Error('a plain plan offers "Drop for Good"');
    if (await page.locator('.monaco-dialog-box').isVisible()) throw new Error('a modal dialog covers the review');
    await page.screenshot({ path: shot('ui-sql-review.png') });
    // The review editor has the focus; Enter runs nothing.
    await page.keyboard.press('Enter');
    if (!sameList(await partitionNames(db.url), before)) throw new Error('Enter in the review ran the plan');
    await action('Cancel').click();
    await action('Run').waitFor({ state: 'hidden' });
    const after = await partitionNames(db.url);
    if (!sameList(after, before)) throw new Error(`the database changed after Cancel: ${before} → ${after}`);
    await treeItem(/^leads RANGE .*⚠ no partition for /).waitFor();
  });

  await step('Create Upcoming: Run creates the partitions and the health badge goes away', async () => {
    const menuItem = await contextMenu(treeItem(/^leads RANGE /), 'Create Upcoming Partitions…');
    await waitQuick('month', menuItem);
    await qi.fill('month');
    await page.keyboard.press('Enter');
    await answer('How many months ahead', '2');
    await reviewText(`leads_${db.next.suffix}`).waitFor();
    await action('Run').click();
    await action('Run').waitFor({ state: 'hidden' });
    await treeItem(new RegExp(`^leads_${db.next.suffix} FROM`)).waitFor();
    const after = await partitionNames(db.url);
    if (!after.includes(`leads_${db.next.suffix}`)) throw new Error('not created: ' + after);
    await treeItem(/^leads RANGE \(created_at\) · \d+ partitions(?! · ⚠)/).waitFor();
  });

  const m6 = month(6);
  const m7 = month(7);
  await step('Create Partition: bounds and name asked, reviewed, run', async () => {
    const menuItem = await contextMenu(treeItem(/^leads RANGE /), 'Create Partition…');
    await waitQuick('FROM', menuItem);
    await answer('inclusive lower bound', m6.day);
    await answer('exclusive upper bound', m7.day);
    await answer('Name of the new partition'); // Enter keeps the suggested name
    await reviewText(`'${m6.day}`).waitFor();
    await action('Run').click();
    await action('Run').waitFor({ state: 'hidden' });
    await treeItem(new RegExp(`^leads_${m6.suffix} FROM`)).waitFor();
    if (!(await partitionNames(db.url)).includes(`leads_${m6.suffix}`)) throw new Error('not created');
  });

  await step('Detach Partition from the tree: reviewed, run; the table stays', async () => {
    const menuItem = await contextMenu(treeItem(new RegExp(`^leads_${m6.suffix} FROM`)), 'Detach Partition…');
    for (let i = 0; i < 5 && !(await action('Run').isVisible()); i++) {
      if (await menuItem.isVisible()) await menuItem.click().catch(() => {});
      await action('Run').waitFor({ timeout: 3000 }).catch(() => {});
    }
    await reviewText('DETACH PARTITION').waitFor();
    await action('Run').click();
    await action('Run').waitFor({ state: 'hidden' });
    await treeItem(new RegExp(`^leads_${m6.suffix} FROM`)).waitFor({ state: 'detached' });
    if ((await partitionNames(db.url)).includes(`leads_${m6.suffix}`)) throw new Error('still attached');
    if (!(await exists(`leads_${m6.suffix}`))) throw new Error('the detached table is gone');
  });

  const archive = async (table) => {
    const menuItem = await contextMenu(treeItem(new RegExp(`^${table} RANGE `)), 'Archive Old Partitions…');
    await waitQuick('Keep how many periods', menuItem);
    await answer('Keep how many periods', '0');
    await pickRow('Detach, then DROP');
    await reviewText('DETACH PARTITION').waitFor();
    await action('Run').click();
    // The second review: the DROP, whose only run button is "Drop for Good".
    await reviewText('DROP TABLE').waitFor();
    await action('Drop for Good').waitFor();
    if (await action('Run').isVisible()) throw new Error('the DROP review offers a plain "Run"');
  };

  await step('Archive with DROP: the second review has "Drop for Good", not reachable by Enter; Cancel keeps the tables', async () => {
    await collapse(treeItem(/^leads RANGE /)); // room in the tree for the tables below it
    await treeItem(/^old_a RANGE /).waitFor();
    await archive('old_a');
    await page.screenshot({ path: shot('ui-drop-review.png') });
    await page.keyboard.press('Enter');
    if (!(await exists(`old_a_${db.old1.suffix}`))) throw new Error('Enter dropped the partitions');
    await action('Cancel').click();
    await action('Drop for Good').waitFor({ state: 'hidden' });
    if ((await names('public.old_a')).length !== 0) throw new Error('not detached');
    if (!(await exists(`old_a_${db.old1.suffix}`)) || !(await exists(`old_a_${db.old2.suffix}`))) throw new Error('cancelled DROP dropped tables');
  });

  await step('Archive with DROP: "Drop for Good" drops them', async () => {
    await archive('old_b');
    await action('Drop for Good').click();
    await action('Drop for Good').waitFor({ state: 'hidden' });
    // The DROP runs after the click: wait (bounded) for the catalog to show it.
    for (const s of [db.old1.suffix, db.old2.suffix]) {
      for (let i = 0; i < 100 && (await exists(`old_b_${s}`)); i++) await new Promise((r) => setTimeout(r, 100));
      if (await exists(`old_b_${s}`)) throw new Error(`old_b_${s} was not dropped`);
    }
  });

  await step('Convert Table to Partitioned: the generated migration opens read-only with Save As / Copy', async () => {
    await page.keyboard.press('F1');
    await qi.waitFor();
    await qi.fill('>Partition Lens: Convert Table to Partitioned');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Convert Table to Partitioned' }).first().waitFor();
    await page.keyboard.press('Enter');
    // Placeholders are not text: wait for the rows of each picker.
    await pickRow('public.plain_orders');
    await pickRow('created_at');
    await pickRow('month');
    const tab = page.locator('.tabs-container .tab', { hasText: 'convert_plain_orders.sql' }).first();
    await tab.waitFor();
    await tab.click();
    await action('Save As…').waitFor();
    await action('Copy to Clipboard').waitFor();
    // Typing changes nothing: the document is read-only and never dirty.
    await page.keyboard.type('x');
    if (await page.locator('.tabs-container .tab.dirty', { hasText: /convert_plain_orders|\.rb/ }).count()) throw new Error('a generated document is dirty');
    if (await page.locator('.tabs-container .tab', { hasText: /^Untitled/ }).count()) throw new Error('an untitled editor was opened');
    await page.screenshot({ path: shot('ui-generated-migration.png') });
    if ((await names('public.plain_orders').catch(() => [])).length) throw new Error('the migration ran');
  });

  return results;
}
