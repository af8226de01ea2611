import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, MoreThanOrEqual, type Repository, type SelectQueryBuilder } from 'typeorm';
import { AgentOutput } from '../entities/agent_output.entity';
import { Campaign } from '../entities/campaign.entity';
import { Lead } from '../entities/lead.entity';
import { dbTransactionWrap } from '../helpers/database.helper';

type User = { id: string; organizationId: string };

@Injectable()
export class LeadsService {
  constructor(
    @InjectRepository(Campaign)
    private campaignsRepository: Repository<Campaign>,
  ) {}

  async find(id: string, manager?: EntityManager): Promise<Lead> {
    return await dbTransactionWrap((manager: EntityManager) => {
      return manager.findOneOrFail(Lead, { where: { id } }); // expect-also: [to39a]
    }, manager);
  }

  viewableLeadsQuery(user: User, manager: EntityManager, searchKey?: string): SelectQueryBuilder<Lead> {
    const viewableLeadsQb = manager.createQueryBuilder(Lead, 'leads').where('leads.userId = :userId', { userId: user.id });
    if (searchKey) {
      viewableLeadsQb.andWhere(
        new Brackets((qb) => {
          qb.where('LOWER(leads.company) like :searchKey', { searchKey: `%${searchKey.toLowerCase()}%` }).orWhere('LOWER(leads.email) like :searchKey', { searchKey: `%${searchKey.toLowerCase()}%` });
        }),
      );
    }
    return viewableLeadsQb;
  }

  async all(user: User, page: number, searchKey?: string): Promise<Lead[]> {
    return await dbTransactionWrap(async (manager: EntityManager) => {
      return await this.viewableLeadsQuery(user, manager, searchKey)
        .orderBy('leads.createdAt', 'DESC')
        .take(9)
        .skip(9 * (page - 1))
        .getMany(); // expect-also: [to39b]
    });
  }

  async count(user: User, searchKey?: string): Promise<number> {
    return await dbTransactionWrap(async (manager: EntityManager) => {
      return await this.viewableLeadsQuery(user, manager, searchKey).getCount(); // expect-also: [to39c]
    });
  }

  async recentCount(user: User, days = 7): Promise<number> {
    const since = new Date(Date.now() - days * 86_400_000);
    return await dbTransactionWrap(async (manager: EntityManager) => {
      return await this.viewableLeadsQuery(user, manager).andWhere('leads.createdAt >= :since', { since }).getCount();
    });
  }

  async update(leadId: string, createdAt: Date, params: { status?: string }, manager?: EntityManager) {
    return await dbTransactionWrap(async (manager: EntityManager) => {
      return await manager.update(Lead, { id: leadId, createdAt }, { status: params.status }); // expect: prunes [to39e]
    }, manager);
  }

  async removeOutputs(leadId: string, manager?: EntityManager) {
    return await dbTransactionWrap(async (manager: EntityManager) => {
      return await manager.delete(AgentOutput, { leadId }); // expect: scans-all [to39f]
    }, manager);
  }

  async recentOutputs(leadId: string, since: Date): Promise<AgentOutput[]> {
    return await dbTransactionWrap(async (manager: EntityManager) => {
      return await manager.find(AgentOutput, { where: { leadId, createdAt: MoreThanOrEqual(since) }, order: { createdAt: 'DESC' } });
    });
  }

  async campaigns(user: User): Promise<Campaign[]> {
    return await this.campaignsRepository.find({ where: { userId: user.id, archived: false }, order: { name: 'ASC' } }); // expect: prunes [to39g]
  }
}
