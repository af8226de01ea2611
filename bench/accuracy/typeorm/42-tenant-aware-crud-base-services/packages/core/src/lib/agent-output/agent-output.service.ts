import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { CrudService } from '../core/crud/crud.service';
import { AgentOutput } from './agent-output.entity';

@Injectable()
export class AgentOutputService extends CrudService<AgentOutput> {
	constructor(@InjectRepository(AgentOutput) readonly typeOrmAgentOutputRepository: Repository<AgentOutput>) {
		super(typeOrmAgentOutputRepository);
	}

	@Cron(CronExpression.EVERY_DAY_AT_3AM)
	async pruneOldOutputs(): Promise<void> {
		const cutoff = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
		await this.typeOrmRepository.delete({ createdAt: LessThan(cutoff) }); // expect: prunes [to42i]
	}
}
