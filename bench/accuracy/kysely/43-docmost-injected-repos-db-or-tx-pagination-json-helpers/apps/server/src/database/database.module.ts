import { Global, Module } from '@nestjs/common';
import { KyselyModule } from 'nestjs-kysely';
import { CamelCasePlugin, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { LeadRepo } from './repos/lead/lead.repo';
import { AgentOutputRepo } from './repos/agent-output/agent-output.repo';
import { CampaignRepo } from './repos/campaign/campaign.repo';

@Global()
@Module({
  imports: [
    KyselyModule.forRootAsync({
      useFactory: () => ({
        dialect: new PostgresDialect({
          pool: new Pool({ connectionString: process.env.DATABASE_URL }),
        }),
        plugins: [new CamelCasePlugin()],
      }),
    }),
  ],
  providers: [LeadRepo, AgentOutputRepo, CampaignRepo],
  exports: [LeadRepo, AgentOutputRepo, CampaignRepo],
})
export class DatabaseModule {}
