import { AppDataSource } from '../data-source';
import { Lead } from '../entities/lead.entity';
import { BaseRepository } from './base.repository';

export class LeadRepository extends BaseRepository<Lead> {
  constructor() {
    super(AppDataSource.getRepository(Lead));
  }
}

export const leadRepository = new LeadRepository();
