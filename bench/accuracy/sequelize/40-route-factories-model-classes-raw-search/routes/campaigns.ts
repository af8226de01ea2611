import { type NextFunction, type Request, type Response } from 'express'
import { CampaignModel } from '../models/campaign'

export function getCampaigns () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const campaigns = await CampaignModel.findAll({ where: { userId: req.body.UserId, archived: false }, order: [['name', 'ASC']] }) // expect: prunes [sq40j]
    res.status(200).json({ status: 'success', data: campaigns })
  }
}

export function archiveCampaign () {
  return async (req: Request, res: Response, next: NextFunction) => {
    await CampaignModel.update({ archived: true }, { where: { id: req.params.id, userId: req.body.UserId } }) // expect: prunes [sq40k]
    res.status(200).json({ status: 'success' })
  }
}
