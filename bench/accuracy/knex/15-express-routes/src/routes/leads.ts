import { Router } from 'express';
import { db } from '../db';

export const router = Router();

router.get('/leads', async (req, res) => {
  const rows = await db('leads').where({ status: String(req.query.status ?? 'new') }).limit(100); // expect: scans-all [kx15a]
  res.json(rows);
});

router.get('/leads/recent', async (req, res) => {
  const since = new Date(String(req.query.since));
  const rows = await db('leads').where('created_at', '>=', since).orderBy('created_at', 'desc'); // expect: prunes [kx15b]
  res.json(rows);
});

router.delete('/leads/:id/outputs', async (req, res) => {
  await db('agent_outputs').where({ lead_id: Number(req.params.id) }).del(); // expect: scans-all [kx15c]
  res.status(204).end();
});
