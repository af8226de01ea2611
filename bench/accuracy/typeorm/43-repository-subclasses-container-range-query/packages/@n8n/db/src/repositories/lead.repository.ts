import { Service } from '@n8n/di';
import type { FindOptionsWhere, SelectQueryBuilder } from '@n8n/typeorm';
import { Brackets, DataSource, In, LessThanOrEqual, MoreThanOrEqual, Repository } from '@n8n/typeorm';
import { Lead } from '../entities/lead';

export declare namespace LeadSummaries {
	type RangeQuery = {
		userIds: string[];
		status?: string[];
		createdAfter?: Date;
		createdBefore?: Date;
		limit?: number;
	};
}

@Service()
export class LeadRepository extends Repository<Lead> {
	constructor(dataSource: DataSource) {
		super(Lead, dataSource.manager);
	}

	async findSingleLead(id: string, options?: { where?: FindOptionsWhere<Lead> }) {
		return await this.findOne({
			where: {
				id,
				...options?.where,
			},
		}); // expect: scans-all [to43a] cross
	}

	async deleteByIds(leadIds: string[]) {
		return await this.delete({ id: In(leadIds) }); // expect: scans-all [to43b]
	}

	async getIdsSince(date: Date) {
		return await this.find({
			select: ['id'],
			where: {
				createdAt: MoreThanOrEqual(date),
			},
		}); // expect: prunes [to43c]
	}

	async findManyByRangeQuery(query: LeadSummaries.RangeQuery) {
		const qb = this.toQueryBuilder(query);
		return await qb.orderBy({ 'lead.id': 'DESC' }).limit(query.limit ?? 20).getRawMany(); // expect: scans-all [to43d] cross
	}

	async countByRangeQuery(query: LeadSummaries.RangeQuery) {
		return await this.toQueryBuilder(query).getCount(); // expect: prunes [to43e] cross
	}

	async markStale(cutoff: Date) {
		await this.createQueryBuilder()
			.update(Lead)
			.set({ status: 'stale' })
			.where({ status: 'new' })
			.andWhere(
				new Brackets((qb) => {
					qb.where({ createdAt: LessThanOrEqual(cutoff) });
				}),
			)
			.execute(); // expect: prunes [to43f]
	}

	private toQueryBuilder(query: LeadSummaries.RangeQuery): SelectQueryBuilder<Lead> {
		const { userIds, status, createdAfter, createdBefore } = query;

		const qb = this.createQueryBuilder('lead')
			.select(['lead.id', 'lead.status', 'lead.createdAt'])
			.where('lead.userId IN (:...userIds)', { userIds });

		if (status) qb.andWhere('lead.status IN (:...status)', { status });
		if (createdAfter) qb.andWhere({ createdAt: MoreThanOrEqual(createdAfter) });
		if (createdBefore) qb.andWhere({ createdAt: LessThanOrEqual(createdBefore) });

		return qb;
	}
}
