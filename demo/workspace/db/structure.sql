-- The demo database's schema (what `npm start` loads). Partition Lens learns the partitioned
-- tables from this file even before you connect.
CREATE TABLE leads (
  id bigint GENERATED ALWAYS AS IDENTITY,
  user_id bigint NOT NULL,
  campaign_id bigint,
  company text NOT NULL,
  email text NOT NULL,
  status text NOT NULL DEFAULT 'new',
  created_at timestamptz NOT NULL,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE agent_outputs (
  id bigint GENERATED ALWAYS AS IDENTITY,
  lead_id bigint NOT NULL,
  kind text NOT NULL,
  body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE campaigns (
  id bigint GENERATED ALWAYS AS IDENTITY,
  user_id bigint NOT NULL,
  name text NOT NULL,
  archived boolean NOT NULL DEFAULT false,
  PRIMARY KEY (id, user_id)
) PARTITION BY HASH (user_id);
