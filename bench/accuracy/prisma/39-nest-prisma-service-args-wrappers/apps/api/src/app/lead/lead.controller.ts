import { Body, Controller, Delete, Get, Inject, Param, Put, Query } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { LeadService } from './lead.service';

interface RequestWithUser {
  user: { id: bigint };
}

@Controller('lead')
export class LeadController {
  public constructor(
    private readonly leadService: LeadService,
    @Inject(REQUEST) private readonly request: RequestWithUser,
  ) {}

  @Get()
  public async getAllLeads(@Query('status') status?: string) {
    const leads = await this.leadService.getLeads({ userId: this.request.user.id, status }); // expect: scans-all [pr39b] cross
    return { leads };
  }

  @Get('since/:date')
  public async getLeadsSince(@Param('date') date: string) {
    const leads = await this.leadService.getLeads({ userId: this.request.user.id, startDate: new Date(date) }); // expect: prunes [pr39c] cross
    return { leads };
  }

  @Get(':id')
  public async getLeadById(@Param('id') id: string) {
    const lead = await this.leadService.lead({ id: BigInt(id), userId: this.request.user.id }); // expect: scans-all [pr39a] cross
    return lead;
  }

  @Put(':id/:createdAt')
  public async update(@Param('id') id: string, @Param('createdAt') createdAt: string, @Body() data: { status: string }) {
    return this.leadService.updateLead({
      data: { status: data.status },
      where: { id_createdAt: { id: BigInt(id), createdAt: new Date(createdAt) } },
    }); // expect: prunes [pr39d] cross
  }

  @Delete()
  public async deleteLeads() {
    return this.leadService.deleteLeads({ userId: this.request.user.id }); // expect: scans-all [pr39e] cross
  }
}
