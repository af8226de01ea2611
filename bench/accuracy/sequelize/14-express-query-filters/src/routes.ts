import express from 'express';
import { Op } from 'sequelize';
import { AgentOutput } from './models/agent-output';

export const router = express.Router();

router.get('/outputs', async (req, res) => {
  const where: Record<string | symbol, unknown> = { kind: String(req.query.kind ?? 'email') };
  const rows = await AgentOutput.findAll({ where, limit: 50 }); // expect: scans-all [sq14a]
  res.json(rows);
});

router.get('/outputs/since', async (req, res) => {
  const rows = await AgentOutput.findAll({ where: { createdAt: { [Op.gte]: new Date(String(req.query.since)) } } }); // expect: prunes [sq14b]
  res.json(rows);
});
