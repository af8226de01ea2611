import { Router } from 'express';
import { campaignRepository, leadRepository } from '../repositories/leads';

export const router = Router();

router.get('/leads/:id', async (req, res) => {
  const lead = await leadRepository.findById(Number(req.params.id)); // expect: scans-all [kx23a] cross
  res.json(lead);
});

router.get('/leads', async (req, res) => {
  const from = new Date(String(req.query.from));
  const to = new Date(String(req.query.to));
  const rows = await leadRepository.createdBetween(from, to).where({ status: 'new' }).orderBy('created_at', 'desc'); // expect: prunes [kx23b] cross
  res.json(rows);
});

router.get('/campaigns/:id', async (req, res) => {
  const campaign = await campaignRepository.findById(Number(req.params.id)); // expect: scans-all [kx23c] cross
  res.json(campaign);
});

router.get('/users/:userId/campaigns', async (req, res) => {
  const rows = await campaignRepository.ofUser(Number(req.params.userId)).where({ archived: false }); // expect: prunes [kx23d] cross
  res.json(rows);
});

router.post('/leads/lookup', async (req, res) => {
  const rows = await leadRepository.findMany(req.body.ids as number[]); // expect: scans-all [kx23e] cross
  res.json(rows);
});
