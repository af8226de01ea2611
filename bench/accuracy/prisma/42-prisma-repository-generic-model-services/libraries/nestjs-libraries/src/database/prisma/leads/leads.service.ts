import { Injectable } from '@nestjs/common';
import dayjs from 'dayjs';
import { GetLeadsDto, GetLeadsListDto, LeadsRepository } from './leads.repository';

const DAILY_LIMIT = 200;

@Injectable()
export class LeadsService {
  constructor(private _leadsRepository: LeadsRepository) {}

  getLeads(userId: bigint, query: GetLeadsDto) {
    return this._leadsRepository.getLeads(userId, query);
  }

  getLeadsList(userId: bigint, query: GetLeadsListDto) {
    return this._leadsRepository.getLeadsList(userId, query);
  }

  getLead(userId: bigint, id: bigint) {
    return this._leadsRepository.getLead(id, true, userId);
  }

  async canCreateLead(userId: bigint) {
    const count = await this._leadsRepository.countLeadsFromDay(userId, dayjs().startOf('day').toDate()); // expect: prunes [pr42f] cross
    return count < DAILY_LIMIT;
  }

  async changeStatus(id: bigint, createdAt: Date, status: string) {
    return this._leadsRepository.changeStatus(id, createdAt, status); // expect: prunes [pr42e] cross
  }

  async deleteLead(userId: bigint, id: bigint) {
    await this._leadsRepository.deleteOutputs(id); // expect: scans-all [pr42h] cross
    await this._leadsRepository.deleteLead(userId, id);
  }

  getCampaigns(userId: bigint) {
    return this._leadsRepository.getCampaigns(userId);
  }

  searchForMissingLeads() {
    return this._leadsRepository.searchForMissingLeads();
  }
}
