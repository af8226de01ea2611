import { Router, type Request } from 'express';
import { db } from '../db';
import { ReportRepository } from '../repositories/report-repository';

const reports = new ReportRepository(db);
export const router = Router();

const userOf = (req: Request) => (req as Request & { user: { id: number } }).user;

router.get('/reports/campaigns', async (req, res) => {
  const since = new Date(String(req.query.since));
  const rows = await reports.outputsPerCampaign(userOf(req).id, since); // expect: scans-all [kx30a] cross
  res.json(rows);
});

router.get('/reports/daily', async (req, res) => {
  const { rows } = await reports.dailyCounts(userOf(req).id, new Date(String(req.query.from)), new Date(String(req.query.to))); // expect: prunes [kx30b] cross
  res.json(rows);
});

router.get('/campaigns/:id/outputs', async (req, res) => {
  const outputs = await reports.outputsOfCampaign(Number(req.params.id), new Date(String(req.query.since))); // expect: scans-all [kx30c] cross
  res.json(outputs);
});

router.get('/campaigns', async (req, res) => {
  res.json(await reports.campaignsOf(userOf(req).id)); // expect: prunes [kx30d] cross
});
