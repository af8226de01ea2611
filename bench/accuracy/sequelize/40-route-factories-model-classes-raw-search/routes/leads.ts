import { Op } from 'sequelize'
import { type NextFunction, type Request, type Response } from 'express'
import { LeadModel } from '../models/lead'
import { AgentOutputModel } from '../models/agentOutput'
import { openWhere, recentWhere } from '../lib/utils'

export function getLeads () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const leads = await LeadModel.findAll({ where: { userId: req.body.UserId } }) // expect: scans-all [sq40a]
    res.status(200).json({ status: 'success', data: leads })
  }
}

export function getLeadById () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const lead = await LeadModel.findOne({ where: { id: req.params.id, userId: req.body.UserId } }) // expect: scans-all [sq40b]
    if (lead) {
      res.status(200).json({ status: 'success', data: lead })
    } else {
      res.status(400).json({ status: 'error', data: 'Malicious activity detected.' })
    }
  }
}

export function delLeadById () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const lead = await LeadModel.destroy({ where: { id: req.params.id, userId: req.body.UserId } }) // expect: scans-all [sq40c]
    if (lead) {
      res.status(200).json({ status: 'success', data: 'Lead deleted successfully.' })
    } else {
      res.status(400).json({ status: 'error', data: 'Malicious activity detected.' })
    }
  }
}

export function updateLeadStatus () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await LeadModel.update({ status: req.body.status }, { where: { id: req.params.id, createdAt: new Date(req.body.createdAt) } }) // expect: prunes [sq40d]
      res.status(200).json({ status: 'success' })
    } catch (error) {
      next(error)
    }
  }
}

export function getRecentLeads () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const leads = await LeadModel.findAll({ where: { ...recentWhere(7), userId: req.body.UserId }, order: [['createdAt', 'DESC']] }) // expect: prunes [sq40e] cross
    res.status(200).json({ status: 'success', data: leads })
  }
}

export function getOpenLeads () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const leads = await LeadModel.findAll({ where: { ...openWhere(), userId: req.body.UserId } }) // expect: scans-all [sq40f] cross
    res.status(200).json({ status: 'success', data: leads })
  }
}

export function retrieveLead () {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = req.params.id
    LeadModel.findOne({ where: { id }, include: [{ model: AgentOutputModel, as: 'outputs' }] })
      .then((lead: LeadModel | null) => {
        res.json({ data: lead })
      }).catch((error: Error) => {
        next(error)
      }) // expect: scans-all [sq40g]
  }
}

export function getLeadOutputs () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const since = new Date(req.query.since as string)
    const outputs = await AgentOutputModel.findAll({ where: { leadId: req.params.id, createdAt: { [Op.gte]: since } }, order: [['createdAt', 'DESC']] }) // expect: prunes [sq40h]
    res.json({ data: outputs })
  }
}
