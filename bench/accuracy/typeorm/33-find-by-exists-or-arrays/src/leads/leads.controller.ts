import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { LeadsService } from './leads.service';

@Controller('leads')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Post('batch')
  async batch(@Body() body: { ids: string[] }) {
    return { leads: await this.leads.byIds(body.ids) }; // expect: scans-all [to33a] cross
  }

  @Get('seen')
  async seen(@Query('email') email: string) {
    return { seen: await this.leads.emailSeenSince(email, new Date(Date.now() - 7 * 86_400_000)) }; // expect: prunes [to33b] cross
  }

  @Get(':id/summary')
  async summary(@Param('id') id: string) {
    return { summary: await this.leads.summaryOf(id) }; // expect: scans-all [to33c] cross
  }

  @Get('open')
  async open() {
    return { leads: await this.leads.openSince(new Date(Date.now() - 14 * 86_400_000)) }; // expect: prunes [to33d] cross
  }
}
