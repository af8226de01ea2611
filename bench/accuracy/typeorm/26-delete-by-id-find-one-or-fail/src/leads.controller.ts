import { Controller, Delete, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { Lead } from './entities/lead.entity';

@Controller('leads')
export class LeadsController {
  constructor(@InjectRepository(Lead) private readonly leads: Repository<Lead>) {}

  @Delete(':id')
  async remove(@Param('id') id: string) {
    await this.leads.delete(id); // expect: scans-all [to26a]
  }

  @Delete(':id/:createdAt')
  async removeDated(@Param('id') id: string, @Param('createdAt') createdAt: string) {
    await this.leads.delete({ id, createdAt: new Date(createdAt) }); // expect: prunes [to26b]
  }

  @Get(':id')
  async show(@Param('id') id: string, @Query('createdAt') createdAt: string) {
    return this.leads.findOneOrFail({ where: { id, createdAt: new Date(createdAt) } }); // expect: prunes [to26c]
  }

  @Get()
  async recentOfCompany(@Query('company') company: string) {
    return this.leads.findAndCount({ where: { company, createdAt: MoreThanOrEqual(new Date(Date.now() - 7 * 86_400_000)) }, order: { createdAt: 'DESC' } }); // expect: prunes [to26d]
  }

  @Get('by-email/:email')
  async byEmail(@Param('email') email: string) {
    return this.leads.findOneByOrFail({ email }); // expect: scans-all [to26e]
  }
}
