import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { InjectRepository, Repository } from '../../common/objection/objection.repository';
import { Lead } from '../../entities/lead.entity';

class PatchLeadEntity {
  status?: string;
  campaign_id?: number | null;
}

@Controller('leads')
export class LeadController {
  constructor(
    @InjectRepository(Lead)
    private readonly leadRepo: Repository<Lead>,
  ) {}

  @Get('/')
  async getAll(@Query('userId') userId: number) {
    return this.leadRepo.findAll().byUser(userId); // expect: scans-all [ob46a] cross
  }

  @Get('/recent')
  async getRecent(@Query('userId') userId: number) {
    return this.leadRepo.findAll().byUser(userId).modify('recent'); // expect: prunes [ob46f] cross
  }

  @Get('/range')
  async getRange(@Query('from') from: string, @Query('to') to: string) {
    return this.leadRepo
      .findAll()
      .raw()
      .where('created_at', '>=', new Date(from))
      .where('created_at', '<', new Date(to))
      .orderBy('created_at', 'desc'); // expect: prunes [ob46e] cross
  }

  @Post('/')
  async createOne(@Body('data') data: Partial<Lead>) {
    return this.leadRepo.createOne({ ...data, created_at: new Date() }).exec();
  }

  @Get(':id')
  async getOne(@Param('id') id: number, @Query('createdAt') createdAt?: string) {
    if (createdAt) {
      return this.leadRepo.findAll().raw().findOne({ id, created_at: new Date(createdAt) }); // expect: prunes [ob46p] cross
    }
    return this.leadRepo.findOne(id).exec(); // expect: scans-all [ob46b] cross
  }

  @Get(':id/outputs')
  async getWithOutputs(@Param('id') id: number) {
    return this.leadRepo.findOne(id).raw().withGraphFetched('outputs'); // expect: scans-all [ob46o] cross
  }

  @Patch(':id')
  async patchOne(@Param('id') id: number, @Body('data') data: PatchLeadEntity) {
    const lead = await this.leadRepo.patchOne(id, data).exec(); // expect: scans-all [ob46c] cross
    return lead;
  }

  @Delete(':id')
  async deleteOne(@Param('id') id: number) {
    return this.leadRepo.deleteOne(id).exec(); // expect: scans-all [ob46d] cross
  }
}
