import { Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DI } from '../di-symbols';
import { MiAgentOutput } from './AgentOutput';
import { MiCampaign } from './Campaign';
import { MiLead } from './Lead';

const $leadsRepository = {
  provide: DI.leadsRepository,
  useFactory: (db: DataSource) => db.getRepository(MiLead),
  inject: [DI.db],
};

const $agentOutputsRepository = {
  provide: DI.agentOutputsRepository,
  useFactory: (db: DataSource) => db.getRepository(MiAgentOutput),
  inject: [DI.db],
};

const $campaignsRepository = {
  provide: DI.campaignsRepository,
  useFactory: (db: DataSource) => db.getRepository(MiCampaign),
  inject: [DI.db],
};

@Module({
  providers: [$leadsRepository, $agentOutputsRepository, $campaignsRepository],
  exports: [$leadsRepository, $agentOutputsRepository, $campaignsRepository],
})
export class RepositoryModule {}
