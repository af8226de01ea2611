import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { startOfMonth } from 'date-fns';
import { LeadService } from './lead.service';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { AuthUser } from '../../common/decorators/auth-user.decorator';
import { PaginationOptions } from '../../database/pagination/pagination-options';

@UseGuards(JwtAuthGuard)
@Controller('leads')
export class LeadController {
  constructor(private readonly leadService: LeadService) {}

  @HttpCode(HttpStatus.OK)
  @Post('/')
  async getLeads(@Body() pagination: PaginationOptions, @AuthUser() user: { id: string }) {
    return this.leadService.list(user.id, pagination);
  }

  @HttpCode(HttpStatus.OK)
  @Post('campaign')
  async getCampaignLeads(@Body() dto: { campaignId: string } & PaginationOptions) {
    return this.leadService.listOfCampaign(dto.campaignId, dto);
  }

  @HttpCode(HttpStatus.OK)
  @Post('info')
  async getLead(@Body() dto: { leadId: string }) {
    return this.leadService.getLeadDetail(dto.leadId);
  }

  @HttpCode(HttpStatus.OK)
  @Post('update')
  async update(@Body() dto: { leadId: string; company?: string; status?: string }) {
    return this.leadService.update(dto.leadId, { company: dto.company, status: dto.status });
  }

  @HttpCode(HttpStatus.OK)
  @Post('recent')
  async recent(@AuthUser() user: { id: string }) {
    return this.leadService.recent(user.id);
  }

  @HttpCode(HttpStatus.OK)
  @Post('stats')
  async stats(@Body() dto: { from?: string; to?: string }, @AuthUser() user: { id: string }) {
    const from = dto.from ? new Date(dto.from) : startOfMonth(new Date());
    const to = dto.to ? new Date(dto.to) : new Date();
    return this.leadService.getStats(user.id, { from, to });
  }

  @HttpCode(HttpStatus.OK)
  @Post('delete')
  async delete(@Body() dto: { leadId: string }) {
    await this.leadService.remove(dto.leadId);
  }
}
