import { AgentOutputModel } from './agentOutput'
import { CampaignModel } from './campaign'
import { LeadModel } from './lead'

export function relationsInit () {
  LeadModel.hasMany(AgentOutputModel, { foreignKey: 'leadId', as: 'outputs' })
  AgentOutputModel.belongsTo(LeadModel, { foreignKey: 'leadId', as: 'lead' })
  LeadModel.belongsTo(CampaignModel, { foreignKey: 'campaignId', as: 'campaign' })
}
