import express from 'express';
import { Campaign } from '../models/Campaign';
import { LeadService } from '../services/LeadService';

const service = new LeadService();
export const router = express.Router();

router.get('/leads', async (req, res) => {
  const user = (req as unknown as { user: { id: number } }).user;
  const result = await service.list(user.id, { page: Number(req.query.page ?? 0) }); // expect: scans-all [ob27a] cross
  res.json(result);
});

router.get('/leads/this-month', async (req, res) => {
  const user = (req as unknown as { user: { id: number } }).user;
  const now = new Date();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  res.json(await service.list(user.id, { since: monthStart })); // expect: prunes [ob27b] cross
});

router.get('/campaigns', async (req, res) => {
  const user = (req as unknown as { user: { id: number } }).user;
  const campaigns = await Campaign.ofUser(user.id).where('archived', false).orderBy('name'); // expect: prunes [ob27c] cross
  res.json(campaigns);
});
