import express from 'express';
import type { Knex } from 'knex';
import { LeadsTableName } from '../database/entities/leads';
import { ModelRepository } from '../models/ModelRepository';
import { LeadService } from '../services/LeadService';

export const createLeadRouter = (database: Knex) => {
  const models = new ModelRepository({ database });
  const leadService = new LeadService({ leadModel: models.getLeadModel() });
  const router = express.Router();

  router.get('/:leadId', async (req, res, next) => {
    try {
      res.json({ status: 'ok', results: await leadService.getLead({ userId: Number(req.headers['x-user']) }, Number(req.params.leadId)) });
    } catch (e) {
      next(e);
    }
  });

  router.get('/export/all', async (req, res) => {
    const rows = await database(LeadsTableName).select('email', 'company').where('user_id', Number(req.headers['x-user'])); // expect: scans-all [kx40h]
    res.json({ status: 'ok', results: rows });
  });

  return router;
};
