import { Lead } from '../models/lead';
import { BaseService } from './base.service';

export class LeadService extends BaseService<Lead> {
  constructor() {
    super(Lead);
  }
}
