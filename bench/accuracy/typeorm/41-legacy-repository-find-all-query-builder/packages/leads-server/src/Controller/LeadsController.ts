import { Request, Response } from 'express'
import { inject } from 'inversify'
import { BaseHttpController, controller, httpDelete, httpGet, results } from 'inversify-express-utils'
import TYPES from '../Bootstrap/Types'
import { CheckLeadQuota } from '../Domain/UseCase/CheckLeadQuota'
import { GetLeads } from '../Domain/UseCase/GetLeads'
import { LeadRepositoryInterface } from '../Domain/Lead/LeadRepositoryInterface'
import { AgentOutputRepositoryInterface } from '../Domain/Lead/AgentOutputRepositoryInterface'
import { CampaignRepositoryInterface } from '../Domain/Lead/CampaignRepositoryInterface'

@controller('/leads', TYPES.AuthMiddleware)
export class LeadsController extends BaseHttpController {
  constructor(
    @inject(TYPES.GetLeads) private getLeads: GetLeads,
    @inject(TYPES.CheckLeadQuota) private checkLeadQuota: CheckLeadQuota,
    @inject(TYPES.LeadRepository) private leadRepository: LeadRepositoryInterface,
    @inject(TYPES.AgentOutputRepository) private outputRepository: AgentOutputRepositoryInterface,
    @inject(TYPES.CampaignRepository) private campaignRepository: CampaignRepositoryInterface,
  ) {
    super()
  }

  @httpGet('/')
  async list(request: Request, response: Response): Promise<results.JsonResult> {
    const result = await this.getLeads.execute({ userId: response.locals.user.uuid, limit: Number(request.query.limit ?? 50) })
    return this.json(result)
  }

  @httpGet('/quota')
  async quota(_request: Request, response: Response): Promise<results.JsonResult> {
    return this.json(await this.checkLeadQuota.execute({ userId: response.locals.user.uuid, now: new Date() }))
  }

  @httpGet('/:id')
  async show(request: Request, response: Response): Promise<results.JsonResult> {
    const lead = await this.leadRepository.findByIdAndUserId(request.params.id, response.locals.user.uuid)
    if (lead === null) {
      return this.json({ error: { message: 'Lead not found' } }, 404)
    }
    const outputs = await this.outputRepository.findByLeadIdSince(request.params.id, lead.props.createdAt)
    return this.json({ lead, outputs })
  }

  @httpGet('/campaigns/active')
  async campaigns(_request: Request, response: Response): Promise<results.JsonResult> {
    return this.json(await this.campaignRepository.findActiveByUserId(response.locals.user.uuid))
  }

  @httpDelete('/:id')
  async remove(request: Request): Promise<results.StatusCodeResult> {
    await this.leadRepository.removeById(request.params.id)
    return this.statusCode(204)
  }
}
