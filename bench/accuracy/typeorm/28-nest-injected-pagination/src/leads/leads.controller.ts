import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { PageQueryDto } from '../common/pagination.service';
import { LeadsService } from './leads.service';

@Controller('leads')
export class LeadsController {
  constructor(private readonly leadsService: LeadsService) {}

  @Get()
  list(@Query() query: PageQueryDto) {
    return this.leadsService.findAll('7', query);
  }

  @Get(':id/outputs')
  outputs(@Param('id') id: string, @Query('since') since: string) {
    return this.leadsService.recentOutputs(id, new Date(since));
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() body: { createdAt: string; status: string }) {
    return this.leadsService.setStatus(id, new Date(body.createdAt), body.status);
  }
}
