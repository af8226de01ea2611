'use strict';

const router = require('express').Router();
const leads = require('../../models/leads');
const outputs = require('../../models/agent-outputs');

router.postAsync('/leads-table', async (req, res) => {
  return res.json(await leads.listDTAjax(req.context, req.body.segment, req.body));
});

router.getAsync('/leads/:id', async (req, res) => {
  const lead = await leads.getById(req.context, Number(req.params.id));
  lead.hash = String(lead.id);
  return res.json(lead);
});

router.putAsync('/leads/:id', async (req, res) => {
  await leads.updateWithConsistencyCheck(req.context, { ...req.body, id: Number(req.params.id) });
  return res.json();
});

router.deleteAsync('/leads/:id', async (req, res) => {
  await leads.remove(req.context, Number(req.params.id));
  return res.json();
});

router.getAsync('/leads/:id/outputs', async (req, res) => {
  const since = req.query.since ? new Date(req.query.since) : null;
  return res.json(since ? await outputs.listForLeadSince(Number(req.params.id), since) : await outputs.listForLead(Number(req.params.id)));
});

router.getAsync('/leads-stats', async (req, res) => {
  const since = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  return res.json({ recent: await leads.countCreatedSince(req.context, since) });
});

module.exports = router;
