/**
 * The partitioning fixture shared by the db-introspect, db-health and client tests: range monthly
 * with a gap and a default, hash 8, list (with NULL), range sub-partitioned by hash, an expression
 * key, numeric ranges with MINVALUE and a gap, and hostile identifiers (quotes, spaces, capitals,
 * unicode, a 63-byte name).
 */

/** 31 two-byte characters + 'x' = 63 bytes: the longest name PostgreSQL keeps. */
export const LONG_NAME = `${'ü'.repeat(31)}x`;
export const HOSTILE_SCHEMA = 'Hostile "Schema" ü';
export const HOSTILE_TABLE = 'Weird Table "Q"';

export const FIXTURE_SQL = `
DO $$ BEGIN EXECUTE format($f$ALTER DATABASE %I SET timezone = UTC$f$, current_database()); END $$;
SET timezone = 'UTC';
CREATE TABLE public.leads (id bigint, created_at timestamptz NOT NULL, email text) PARTITION BY RANGE (created_at);
CREATE TABLE public.leads_2026_01 PARTITION OF public.leads FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE public.leads_2026_02 PARTITION OF public.leads FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE public.leads_2026_04 PARTITION OF public.leads FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00');
CREATE TABLE public.leads_default PARTITION OF public.leads DEFAULT;
INSERT INTO public.leads VALUES (1, '2026-01-15', 'a@x'), (2, '2026-03-10', 'b@x'), (3, '2026-04-02', 'c@x');

CREATE TABLE public.events (id bigint, user_id int) PARTITION BY HASH (user_id);
DO $$ BEGIN FOR i IN 0..7 LOOP
  EXECUTE format('CREATE TABLE public.events_p%s PARTITION OF public.events FOR VALUES WITH (MODULUS 8, REMAINDER %s)', i, i);
END LOOP; END $$;

CREATE TABLE public.regions (id int, region text) PARTITION BY LIST (region);
CREATE TABLE public.regions_eu PARTITION OF public.regions FOR VALUES IN ('de', 'fr', 'it''s');
CREATE TABLE public.regions_us PARTITION OF public.regions FOR VALUES IN ('us');
CREATE TABLE public.regions_none PARTITION OF public.regions FOR VALUES IN (NULL);

CREATE TABLE public.orders (id bigint, created_on date NOT NULL, customer_id int) PARTITION BY RANGE (created_on);
CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 PARTITION OF public.orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY HASH (customer_id);
CREATE TABLE public.orders_2026_h0 PARTITION OF public.orders_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.orders_2026_h1 PARTITION OF public.orders_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE TABLE public.users_by_email (email text) PARTITION BY LIST (lower(email));
CREATE TABLE public.users_by_email_a PARTITION OF public.users_by_email FOR VALUES IN ('a@x');

CREATE TABLE public.metrics (id int) PARTITION BY RANGE (id);
CREATE TABLE public.metrics_neg PARTITION OF public.metrics FOR VALUES FROM (MINVALUE) TO (-10);
CREATE TABLE public.metrics_low PARTITION OF public.metrics FOR VALUES FROM (-10) TO (100);
CREATE TABLE public.metrics_high PARTITION OF public.metrics FOR VALUES FROM (200) TO (300);

CREATE TABLE public.empty_parent (id int) PARTITION BY RANGE (id);

CREATE SCHEMA "Hostile ""Schema"" ü";
CREATE TABLE "Hostile ""Schema"" ü"."Weird Table ""Q""" ("Created At" date NOT NULL, "Ünï Col" text) PARTITION BY RANGE ("Created At");
CREATE TABLE "Hostile ""Schema"" ü"."${LONG_NAME}" PARTITION OF "Hostile ""Schema"" ü"."Weird Table ""Q""" FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE "Hostile ""Schema"" ü"."With Space, Comma" PARTITION OF "Hostile ""Schema"" ü"."Weird Table ""Q""" FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');

CREATE TABLE public.big_plain (id int);
INSERT INTO public.big_plain SELECT g FROM generate_series(1, 2000) g;
CREATE TABLE public.small_plain (id int);
INSERT INTO public.small_plain SELECT g FROM generate_series(1, 10) g;
ANALYZE;
`;
