-- Schema of the fixture SaaS: leads and agent_outputs are partitioned by month, campaigns by user.
CREATE TABLE public.leads (
    id bigint NOT NULL,
    company text,
    created_at timestamp with time zone NOT NULL
) PARTITION BY RANGE (created_at);

CREATE TABLE public.leads_2026_10 (id bigint NOT NULL, company text, created_at timestamp with time zone NOT NULL);
CREATE TABLE public.leads_2026_11 (id bigint NOT NULL, company text, created_at timestamp with time zone NOT NULL);
CREATE TABLE public.leads_default (id bigint NOT NULL, company text, created_at timestamp with time zone NOT NULL);

ALTER TABLE ONLY public.leads ATTACH PARTITION public.leads_2026_10 FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');
ALTER TABLE ONLY public.leads ATTACH PARTITION public.leads_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');
ALTER TABLE ONLY public.leads ATTACH PARTITION public.leads_default DEFAULT;

CREATE TABLE public.agent_outputs (
    id bigint NOT NULL,
    lead_id bigint,
    created_at timestamp with time zone NOT NULL
) PARTITION BY RANGE (created_at);

CREATE TABLE public.campaigns (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    name text
) PARTITION BY HASH (user_id);
