import type { EntityManager, Repository } from 'typeorm';
import { Lead } from '../entities/lead.entity';
import { buildQuery, type FindConfig, type Selector } from '../utils/build-query';

type InjectedDependencies = { manager: EntityManager; leadRepository: Repository<Lead> };

export class LeadService {
  protected readonly manager_: EntityManager;
  protected readonly leadRepository_: Repository<Lead>;

  constructor({ manager, leadRepository }: InjectedDependencies) {
    this.manager_ = manager;
    this.leadRepository_ = leadRepository;
  }

  async list(selector: Selector<Lead>, config: FindConfig<Lead> = { skip: 0, take: 50 }): Promise<Lead[]> {
    const leadRepo = this.manager_.withRepository(this.leadRepository_);
    return leadRepo.find(buildQuery(selector, config));
  }

  async retrieve(id: string): Promise<Lead> {
    const leadRepo = this.manager_.withRepository(this.leadRepository_);
    return leadRepo.findOneOrFail({ where: { id } }); // expect-also: [to30c]
  }
}
