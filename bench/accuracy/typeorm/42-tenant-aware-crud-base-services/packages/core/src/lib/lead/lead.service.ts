import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Brackets, Repository, WhereExpressionBuilder } from 'typeorm';
import { TenantAwareCrudService } from '../core/crud/tenant-aware-crud.service';
import { p } from '../core/utils';
import { Lead } from './lead.entity';

@Injectable()
export class LeadService extends TenantAwareCrudService<Lead> {
	constructor(@InjectRepository(Lead) readonly typeOrmLeadRepository: Repository<Lead>) {
		super(typeOrmLeadRepository);
	}

	/**
	 * Leads of one calendar month, oldest first.
	 */
	async getMonthlyLeads(month: string): Promise<Lead[]> {
		const start = new Date(`${month}-01T00:00:00.000Z`);
		const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - 1);
		return await this.find({
			where: { createdAt: Between(start, end) },
			order: { createdAt: 'ASC' }
		}); // expect: prunes [to42c] cross
	}

	/**
	 * Lead counts per status over a period, for the dashboard widgets.
	 */
	async getStatistics(input: { userId: string; startDate: Date; endDate: Date }): Promise<Array<{ status: string; count: string }>> {
		const { userId, startDate, endDate } = input;
		const query = this.typeOrmRepository.createQueryBuilder(this.tableName);
		query.select(p(`"${query.alias}"."status"`), 'status');
		query.addSelect(p(`COUNT("${query.alias}"."id")`), 'count');
		query.where(
			new Brackets((qb: WhereExpressionBuilder) => {
				qb.andWhere(p(`"${query.alias}"."user_id" = :userId`), { userId });
				qb.andWhere(p(`"${query.alias}"."created_at" BETWEEN :startDate AND :endDate`), { startDate, endDate });
			})
		);
		query.groupBy(p(`"${query.alias}"."status"`));
		return await query.getRawMany(); // expect: prunes [to42f]
	}
}
