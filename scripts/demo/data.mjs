// The demo database's schema and data: the SaaS schema of the product brief, with the faults
// the explorer's health checks are meant to show (a missing month, rows in the default
// partition, no partition for next month). Dates are relative to today so the demo stays current.
import fs from 'node:fs';
import path from 'node:path';

const LEADS = Number(process.env.PL_DEMO_LEADS || 1_000_000);
const OUTPUTS_PER_LEAD = 3;
const MONTHS_BACK = 12;
/** The month (counted back from the current one) that has no partition: its rows land in DEFAULT. */
const MISSING_MONTH_BACK = 4;
const MARKER = 'partition-lens-demo v1';

function monthStart(d, offset) {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
}
const iso = (d) => d.toISOString().slice(0, 10);
const pname = (table, d) => `${table}_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/** True when the database already holds a complete demo load. */
export async function isLoaded(client) {
  const { rows } = await client.query(
    'SELECT pg_catalog.shobj_description(d.oid, $1) AS c FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()',
    ['pg_database'],
  );
  return rows[0]?.c === MARKER;
}

/**
 * Creates the schema and loads the data, reporting progress through `progress(text)`.
 * Everything runs in one transaction, so an interrupted load leaves an empty database and the
 * next start loads again.
 */
export async function loadDemo(client, schemaFile, progress) {
  const now = new Date();
  const months = [];
  for (let k = -MONTHS_BACK; k <= 0; k++) months.push(monthStart(now, k));
  const leadsPerMonth = Math.ceil(LEADS / months.length);
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL lock_timeout = \'10s\'');
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query(fs.readFileSync(schemaFile, 'utf8'));
    for (const table of ['leads', 'agent_outputs']) {
      for (let i = 0; i < months.length; i++) {
        if (i === months.length - 1 - MISSING_MONTH_BACK) continue;
        const from = months[i];
        const to = monthStart(from, 1);
        await client.query(`CREATE TABLE ${pname(table, from)} PARTITION OF ${table} FOR VALUES FROM ('${iso(from)}') TO ('${iso(to)}')`);
      }
      await client.query(`CREATE TABLE ${table}_default PARTITION OF ${table} DEFAULT`);
    }
    for (let r = 0; r < 8; r++) await client.query(`CREATE TABLE campaigns_p${r} PARTITION OF campaigns FOR VALUES WITH (MODULUS 8, REMAINDER ${r})`);
    progress('campaigns: 10,000 rows');
    await client.query(
      `INSERT INTO campaigns (user_id, name, archived)
       SELECT 1 + (g % 2000), 'Campaign ' || g, g % 10 = 0 FROM pg_catalog.generate_series(1, 10000) g`,
    );
    const companies = ['Microsoft', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne'];
    let loaded = 0;
    for (const from of months) {
      const end = from.getTime() === months[months.length - 1].getTime() ? now : monthStart(from, 1);
      const span = Math.max(1, Math.floor((end.getTime() - from.getTime()) / 1000));
      const n = Math.min(leadsPerMonth, LEADS - loaded);
      await client.query(
        `INSERT INTO leads (user_id, campaign_id, company, email, status, created_at)
         SELECT 1 + (g % 2000), 1 + (g % 10000), ($1::text[])[1 + g % 8], 'lead' || g || '@example.com',
                (ARRAY['new','contacted','won','lost'])[1 + g % 4],
                $2::timestamptz + pg_catalog.make_interval(secs => (g::bigint * 7919) % $3)
         FROM pg_catalog.generate_series(1, $4) g`,
        [companies, from.toISOString(), span, n],
      );
      loaded += n;
      progress(`leads ${iso(from).slice(0, 7)}: ${loaded.toLocaleString('en-US')} of ${LEADS.toLocaleString('en-US')}`);
    }
    progress(`agent_outputs: ${(LEADS * OUTPUTS_PER_LEAD).toLocaleString('en-US')} rows (${OUTPUTS_PER_LEAD} per lead)`);
    await client.query(
      `INSERT INTO agent_outputs (lead_id, kind, body, created_at)
       SELECT l.id, k.kind, 'output ' || k.kind || ' for lead ' || l.id, LEAST(l.created_at + pg_catalog.make_interval(mins => k.n * 7), pg_catalog.now())
       FROM leads l CROSS JOIN (VALUES (1, 'summary'), (2, 'email_draft'), (3, 'score')) AS k(n, kind)`,
    );
    await client.query(`COMMENT ON DATABASE ${await currentDbIdent(client)} IS '${MARKER}'`);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
  progress('ANALYZE');
  await client.query('ANALYZE');
}

async function currentDbIdent(client) {
  const { rows } = await client.query('SELECT pg_catalog.quote_ident(pg_catalog.current_database()) AS q');
  return rows[0].q;
}

export function schemaFileOf(workspace) {
  return path.join(workspace, 'db', 'structure.sql');
}
