import { Service } from '@n8n/di';
import { DataSource, LessThan, Repository } from '@n8n/typeorm';
import { AgentOutput } from '../entities/agent-output';

@Service()
export class AgentOutputRepository extends Repository<AgentOutput> {
	constructor(dataSource: DataSource) {
		super(AgentOutput, dataSource.manager);
	}

	async findByLead(leadId: string) {
		return await this.find({ where: { leadId }, order: { createdAt: 'DESC' } }); // expect: scans-all [to43g]
	}

	async deleteOlderThan(date: Date) {
		return await this.delete({ createdAt: LessThan(date) }); // expect: prunes [to43h]
	}
}
