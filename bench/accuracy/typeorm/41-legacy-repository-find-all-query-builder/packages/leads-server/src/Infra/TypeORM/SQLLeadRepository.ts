import { MapperInterface } from '@standardnotes/domain-core'
import { Repository, SelectQueryBuilder } from 'typeorm'
import { Logger } from 'winston'

import { Lead } from '../../Domain/Lead/Lead'
import { LeadQuery } from '../../Domain/Lead/LeadQuery'
import { LeadRepositoryInterface } from '../../Domain/Lead/LeadRepositoryInterface'
import { TypeORMLead } from './TypeORMLead'

export class SQLLeadRepository implements LeadRepositoryInterface {
  constructor(
    protected ormRepository: Repository<TypeORMLead>,
    protected mapper: MapperInterface<Lead, TypeORMLead>,
    protected logger: Logger,
  ) {}

  async removeById(id: string): Promise<void> {
    await this.ormRepository
      .createQueryBuilder('lead')
      .delete()
      .from('leads')
      .where('id = :id', { id })
      .execute() // expect: scans-all [to41a]
  }

  async update(lead: Lead): Promise<void> {
    const projection = this.mapper.toProjection(lead)

    const { id, createdAt, ...updateValues } = projection

    await this.ormRepository.update({ id, createdAt }, updateValues) // expect: prunes [to41b]
  }

  async findByIdAndUserId(id: string, userId: string): Promise<Lead | null> {
    const persistence = await this.ormRepository
      .createQueryBuilder('lead')
      .where('lead.id = :id AND lead.user_id = :userId', {
        id,
        userId,
      })
      .getOne() // expect: scans-all [to41c]

    if (persistence === null) {
      return null
    }

    return this.mapper.toDomain(persistence)
  }

  async findAll(query: LeadQuery): Promise<Lead[]> {
    const persistence = await this.createFindAllQueryBuilder(query).getMany() // expect: scans-all [to41d] cross

    const domainLeads: Lead[] = []
    for (const persistenceLead of persistence) {
      try {
        domainLeads.push(this.mapper.toDomain(persistenceLead))
      } catch (error) {
        this.logger.error(`Failed to map lead ${persistenceLead.id} to domain: ${(error as Error).message}`)
      }
    }

    return domainLeads
  }

  async countAll(query: LeadQuery): Promise<number> {
    return this.createFindAllQueryBuilder(query).getCount() // expect: scans-all [to41e] cross
  }

  async findStatusesForComputingQuota(query: LeadQuery): Promise<Array<{ id: string; status: string }>> {
    const queryBuilder = this.createFindAllQueryBuilder(query)
    queryBuilder.select('lead.id', 'id')
    queryBuilder.addSelect('lead.status', 'status')

    return queryBuilder.getRawMany() // expect: prunes [to41f] cross
  }

  async deleteByUserId(userId: string): Promise<void> {
    await this.ormRepository
      .createQueryBuilder('lead')
      .delete()
      .from('leads')
      .where('user_id = :userId', { userId })
      .execute() // expect: scans-all [to41g]
  }

  protected createFindAllQueryBuilder(query: LeadQuery): SelectQueryBuilder<TypeORMLead> {
    const queryBuilder = this.ormRepository.createQueryBuilder('lead')

    if (query.sortBy !== undefined && query.sortOrder !== undefined) {
      queryBuilder.orderBy(`lead.${query.sortBy}`, query.sortOrder)
    }

    if (query.userId !== undefined) {
      queryBuilder.where('lead.user_id = :userId', { userId: query.userId })
    }

    if (query.statuses && query.statuses.length > 0) {
      queryBuilder.andWhere('lead.status IN (:...statuses)', { statuses: query.statuses })
    }

    if (query.createdBetween !== undefined) {
      queryBuilder.andWhere('lead.created_at >= :createdAfter AND lead.created_at <= :createdBefore', {
        createdAfter: query.createdBetween[0].toISOString(),
        createdBefore: query.createdBetween[1].toISOString(),
      })
    }

    if (query.offset !== undefined) {
      queryBuilder.skip(query.offset)
    }

    if (query.limit !== undefined) {
      queryBuilder.take(query.limit)
    }

    return queryBuilder
  }
}
