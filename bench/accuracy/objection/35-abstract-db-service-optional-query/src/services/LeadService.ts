import Lead from '../models/Lead';
import DBService from './DBService';

class LeadService extends DBService<Lead> {
  constructor() {
    super(Lead);
  }
}

export default new LeadService();
