import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { LeadsService } from '../services/leads.service';

type User = { id: string; organizationId: string };
const currentUser = (): User => ({ id: '7', organizationId: '1' });

@Controller('leads')
export class LeadsController {
  constructor(private leadsService: LeadsService) {}

  @Get()
  async index(@Query('page') page: string, @Query('searchKey') searchKey: string) {
    const user = currentUser();
    const leads = await this.leadsService.all(user, Number(page) || 1, searchKey); // expect: scans-all [to39b] cross
    const totalCount = await this.leadsService.count(user, searchKey); // expect: scans-all [to39c] cross
    const recentCount = await this.leadsService.recentCount(user); // expect: prunes [to39d] cross
    return { leads, meta: { total_count: totalCount, recent_count: recentCount } };
  }

  @Get(':id')
  async show(@Param('id') id: string) {
    const lead = await this.leadsService.find(id); // expect: scans-all [to39a] cross
    const outputs = await this.leadsService.recentOutputs(lead.id, new Date(Date.now() - 86_400_000)); // expect: prunes [to39h] cross
    return { ...lead, outputs };
  }

  @Put(':id')
  async update(@Param('id') id: string, @Body() body: { createdAt: string; status: string }) {
    await this.leadsService.update(id, new Date(body.createdAt), { status: body.status });
  }

  @Delete(':id/outputs')
  async resetOutputs(@Param('id') id: string) {
    await this.leadsService.removeOutputs(id);
  }

  @Get('campaigns/all')
  async campaigns() {
    return this.leadsService.campaigns(currentUser());
  }
}
