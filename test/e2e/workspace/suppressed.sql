-- partition-lens-disable-next-line
SELECT count(*) FROM leads;
