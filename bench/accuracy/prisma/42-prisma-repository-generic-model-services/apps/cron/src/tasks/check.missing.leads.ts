import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { LeadsService } from '@gitroom/nestjs-libraries/database/prisma/leads/leads.service';
import { BullMqClient } from '@gitroom/nestjs-libraries/bull-mq-transport-new/client';

@Injectable()
export class CheckMissingLeads {
  constructor(
    private _leadsService: LeadsService,
    private _workerServiceProducer: BullMqClient
  ) {}

  @Cron('0 * * * *')
  async handleCron() {
    const list = await this._leadsService.searchForMissingLeads(); // expect: prunes [pr42i] cross
    for (const lead of list) {
      this._workerServiceProducer.emit('lead', {
        id: lead.id.toString(),
        options: { delay: 0 },
      });
    }
  }
}
