import type { Lead } from '@n8n/db';
import { AgentOutputRepository, LeadRepository } from '@n8n/db';
import { Service } from '@n8n/di';
import { NotFoundError } from '@/errors/response-errors/not-found.error';

export type User = { id: string };

@Service()
export class LeadService {
	constructor(
		private readonly leadRepository: LeadRepository,
		private readonly agentOutputRepository: AgentOutputRepository,
	) {}

	async findOne(user: User, leadId: string) {
		const lead = await this.leadRepository.findSingleLead(leadId, { where: { userId: user.id } });
		if (!lead) throw new NotFoundError(`Lead with ID "${leadId}" not found`);
		const outputs = await this.agentOutputRepository.findByLead(lead.id);
		return { ...lead, outputs };
	}

	async findRangeWithCount(user: User, query: { status?: string[]; limit?: number }) {
		const [results, count] = await Promise.all([
			this.leadRepository.findManyByRangeQuery({ userIds: [user.id], status: query.status, limit: query.limit }),
			this.leadRepository.countByRangeQuery({
				userIds: [user.id],
				createdAfter: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000),
				createdBefore: new Date(),
			}),
		]);
		return { results, count };
	}

	async updateStatus(lead: Lead, status: string) {
		await this.leadRepository.update({ id: lead.id, createdAt: lead.createdAt }, { status }); // expect: prunes [to43j]
	}

	async delete(user: User, leadIds: string[]) {
		await this.leadRepository.deleteByIds(leadIds);
	}
}
