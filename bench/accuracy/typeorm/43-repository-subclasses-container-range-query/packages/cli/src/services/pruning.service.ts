import { GlobalConfig } from '@n8n/config';
import { AgentOutputRepository, LeadRepository } from '@n8n/db';
import { OnLeaderTakeover, OnShutdown } from '@n8n/decorators';
import { Service } from '@n8n/di';
import { Time } from '@n8n/constants';

/** Prunes old agent outputs and marks untouched leads stale, on the leader only. */
@Service()
export class PruningService {
	private pruningInterval: NodeJS.Timeout | undefined;

	constructor(
		private readonly globalConfig: GlobalConfig,
		private readonly leadRepository: LeadRepository,
		private readonly agentOutputRepository: AgentOutputRepository,
	) {}

	@OnLeaderTakeover()
	startPruning() {
		this.pruningInterval = setInterval(async () => await this.prune(), this.globalConfig.pruning.intervalHours * Time.hours.toMilliseconds);
	}

	@OnShutdown()
	stopPruning() {
		clearInterval(this.pruningInterval);
	}

	async prune() {
		const maxAge = this.globalConfig.pruning.maxAgeHours;
		const cutoff = new Date(Date.now() - maxAge * Time.hours.toMilliseconds);
		await this.agentOutputRepository.deleteOlderThan(cutoff);
		await this.leadRepository.markStale(cutoff);
	}
}
