import { AppDataSource } from './data-source';
import { Lead } from './entities/lead.entity';

export const LeadRepository = AppDataSource.getRepository(Lead).extend({
  byCompanyQuery(company: string) {
    return this.createQueryBuilder('l').where('l.company = :company', { company });
  },
});
