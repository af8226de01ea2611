-- ❌ Scans every partition of leads: no condition on created_at.
SELECT * FROM leads WHERE company = 'Microsoft';

-- ✅ Prunes to one month.
SELECT * FROM leads
WHERE created_at >= '2026-11-01' AND created_at < '2026-12-01' AND company = 'Microsoft';

-- ❌ The key is wrapped in a function: PostgreSQL cannot prune.
SELECT count(*) FROM leads WHERE date_trunc('month', created_at) = '2026-11-01';

-- ❌ agent_outputs is scanned in full; leads prunes.
SELECT l.email, o.body
FROM leads l JOIN agent_outputs o ON o.lead_id = l.id
WHERE l.created_at >= now() - interval '7 days';

-- ✅ HASH partitions prune on equality of user_id.
SELECT * FROM campaigns WHERE user_id = 42;

-- ❌ A range on a HASH key cannot prune.
SELECT * FROM campaigns WHERE user_id > 100;
