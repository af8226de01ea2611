import express from 'express';
import { AgentOutput } from './models/AgentOutput';

export const router = express.Router();

router.get('/leads/:id/outputs', async (req, res) => {
  res.json(await AgentOutput.query().where('lead_id', req.params.id).orderBy('created_at', 'desc')); // expect: scans-all [ob13a]
});

router.get('/outputs/recent', async (req, res) => {
  const since = new Date(String(req.query.since));
  res.json(await AgentOutput.query().where('created_at', '>=', since).limit(100)); // expect: prunes [ob13b]
});
