import { Lead } from '../models/Lead';

export class LeadService {
  forUser(userId: number) {
    return Lead.query().where('user_id', userId);
  }

  forCompany(company: string) {
    return Lead.query().where('company', company);
  }
}
