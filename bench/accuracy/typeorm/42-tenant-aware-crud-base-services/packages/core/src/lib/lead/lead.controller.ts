import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { AgentOutputService } from '../agent-output/agent-output.service';
import { LeadService } from './lead.service';

@Controller('/leads')
export class LeadController {
	constructor(private readonly leadService: LeadService, private readonly agentOutputService: AgentOutputService) {}

	@Get('/')
	async findAll(@Query('status') status = 'new') {
		return await this.leadService.findAll({ where: { status }, order: { createdAt: 'DESC' } }); // expect: scans-all [to42a] cross
	}

	@Get('/monthly')
	async findMonthly(@Query('month') month: string) {
		return await this.leadService.getMonthlyLeads(month ?? new Date().toISOString().slice(0, 7));
	}

	@Get('/statistics')
	async statistics(@Query() query: { userId: string; startDate: string; endDate: string }) {
		return await this.leadService.getStatistics({ userId: query.userId, startDate: new Date(query.startDate), endDate: new Date(query.endDate) });
	}

	@Get('/:id')
	async findById(@Param('id') id: string) {
		return await this.leadService.findOneByIdString(id, { relations: { outputs: true } }); // expect: scans-all [to42b] cross
	}

	@Get('/:id/outputs')
	async findOutputs(@Param('id') id: string) {
		return await this.agentOutputService.findAll({ where: { leadId: id }, order: { createdAt: 'DESC' } }); // expect: scans-all [to42j] cross
	}

	@Put('/:id/status')
	async updateStatus(@Param('id') id: string, @Body() body: { createdAt: string; status: string }) {
		return await this.leadService.update({ id, createdAt: new Date(body.createdAt) }, { status: body.status }); // expect: prunes [to42h] cross
	}

	@Delete('/:id')
	async delete(@Param('id') id: string) {
		return await this.leadService.delete(id); // expect: scans-all [to42g] cross
	}
}
