import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AgentOutput } from '../../entities/agent-output.entity';

const RETENTION_DAYS = 60;

@Injectable()
export class AgentOutputService {
  async forLead(leadId: number) {
    const outputs = await AgentOutput.query().where('lead_id', leadId).orderBy('created_at', 'desc'); // expect: scans-all [ob46k]
    return outputs;
  }

  @Cron(CronExpression.EVERY_DAY_AT_3AM)
  async pruneOld() {
    const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
    await AgentOutput.query().delete().where('created_at', '<', cutoff); // expect: prunes [ob46l]
  }
}
