import { Router } from 'express';
import { Lead } from '../models/Lead';

export const router = Router();

router.post('/leads/batch', async (req, res) => {
  const leads = await Lead.query().findByIds(req.body.ids as number[]); // expect: scans-all [ob23a]
  res.json(leads);
});

router.patch('/leads/:id', async (req, res) => {
  const lead = await Lead.query().findOne({ id: Number(req.params.id), created_at: new Date(String(req.query.createdAt)) }).throwIfNotFound(); // expect: prunes [ob23b]
  await lead.$query().patch({ status: String(req.body.status) }); // expect: scans-all [ob23c]
  res.json(lead);
});

router.get('/users/:id/lead-count', async (req, res) => {
  const n = await Lead.query().where('user_id', Number(req.params.id)).resultSize(); // expect: scans-all [ob23d]
  res.json({ n });
});

router.get('/users/:id/lead-count/recent', async (req, res) => {
  const since = new Date(Date.now() - 30 * 86_400_000);
  const n = await Lead.query().where('user_id', Number(req.params.id)).where('created_at', '>=', since).resultSize(); // expect: prunes [ob23e]
  res.json({ n });
});
