import { createContainer, createModule } from '@evyweb/ioctopus';
import { kyselyRead, kyselyWrite } from '@calcom/kysely';
import { KyselyCampaignRepository } from '@calcom/lib/server/repository/KyselyCampaignRepository';
import { KyselyLeadRepository } from '@calcom/lib/server/repository/KyselyLeadRepository';
import { GetLeadsRepository } from '../../leads/repositories/GetLeadsRepository';
import { DI_TOKENS } from '../tokens';

export const leadRepositoryModule = createModule();
leadRepositoryModule.bind(DI_TOKENS.LEAD_REPOSITORY).toFactory(() => new KyselyLeadRepository(kyselyRead, kyselyWrite));
leadRepositoryModule.bind(DI_TOKENS.CAMPAIGN_REPOSITORY).toFactory(() => new KyselyCampaignRepository(kyselyRead, kyselyWrite));
leadRepositoryModule.bind(DI_TOKENS.GET_LEADS_REPOSITORY).toFactory(() => new GetLeadsRepository(kyselyRead));

const container = createContainer();
container.load(DI_TOKENS.LEAD_REPOSITORY_MODULE, leadRepositoryModule);

export const getLeadRepository = () => container.get<KyselyLeadRepository>(DI_TOKENS.LEAD_REPOSITORY);
export const getCampaignRepository = () => container.get<KyselyCampaignRepository>(DI_TOKENS.CAMPAIGN_REPOSITORY);
export const getGetLeadsRepository = () => container.get<GetLeadsRepository>(DI_TOKENS.GET_LEADS_REPOSITORY);
