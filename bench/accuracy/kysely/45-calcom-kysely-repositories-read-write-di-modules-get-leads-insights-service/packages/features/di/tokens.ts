export const DI_TOKENS = {
  LEAD_REPOSITORY: Symbol('LeadRepository'),
  LEAD_REPOSITORY_MODULE: Symbol('LeadRepositoryModule'),
  CAMPAIGN_REPOSITORY: Symbol('CampaignRepository'),
  CAMPAIGN_REPOSITORY_MODULE: Symbol('CampaignRepositoryModule'),
  GET_LEADS_REPOSITORY: Symbol('GetLeadsRepository'),
};
