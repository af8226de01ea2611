import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { GetUserFromRequest } from '@gitroom/nestjs-libraries/user/user.from.request';
import { LeadsService } from '@gitroom/nestjs-libraries/database/prisma/leads/leads.service';
import { GetLeadsDto, GetLeadsListDto } from '@gitroom/nestjs-libraries/database/prisma/leads/leads.repository';
import { User } from '@prisma/client';
import { ApiTags } from '@nestjs/swagger';

@ApiTags('Leads')
@Controller('/leads')
export class LeadsController {
  constructor(private _leadsService: LeadsService) {}

  @Get('/')
  async getLeads(@GetUserFromRequest() user: User, @Query() query: GetLeadsDto) {
    const leads = await this._leadsService.getLeads(user.id, query);
    return { leads };
  }

  @Get('/list')
  getLeadsList(@GetUserFromRequest() user: User, @Query() query: GetLeadsListDto) {
    return this._leadsService.getLeadsList(user.id, query);
  }

  @Get('/campaigns')
  getCampaigns(@GetUserFromRequest() user: User) {
    return this._leadsService.getCampaigns(user.id); // expect: prunes [pr42g] cross
  }

  @Get('/:id')
  getLead(@GetUserFromRequest() user: User, @Param('id') id: string) {
    return this._leadsService.getLead(user.id, BigInt(id)); // expect: scans-all [pr42d] cross
  }

  @Put('/:id/status')
  changeStatus(@Param('id') id: string, @Body() body: { createdAt: string; status: string }) {
    return this._leadsService.changeStatus(BigInt(id), new Date(body.createdAt), body.status);
  }

  @Delete('/:id')
  async deleteLead(@GetUserFromRequest() user: User, @Param('id') id: string) {
    await this._leadsService.deleteLead(user.id, BigInt(id));
    return { success: true };
  }
}
