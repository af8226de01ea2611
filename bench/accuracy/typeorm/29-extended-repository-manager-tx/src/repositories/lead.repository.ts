import { AppDataSource } from '../data-source';
import { Lead } from '../entities/lead.entity';

export const LeadRepository = AppDataSource.getRepository(Lead).extend({
  findByCompany(company: string) {
    return this.find({ where: { company }, order: { id: 'DESC' } });
  },

  createdBetween(from: Date, to: Date) {
    return this.createQueryBuilder('lead').where('lead.createdAt >= :from AND lead.createdAt < :to', { from, to });
  },
});
