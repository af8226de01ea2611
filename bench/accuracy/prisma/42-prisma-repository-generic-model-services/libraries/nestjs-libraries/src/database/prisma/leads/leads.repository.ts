import { PrismaRepository } from '@gitroom/nestjs-libraries/database/prisma/prisma.service';
import { Injectable } from '@nestjs/common';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export interface GetLeadsDto {
  startDate: string;
  endDate: string;
}

export interface GetLeadsListDto {
  page?: number;
  limit?: number;
  state?: 'open' | 'won' | 'all';
}

@Injectable()
export class LeadsRepository {
  constructor(
    private _lead: PrismaRepository<'lead'>,
    private _agentOutput: PrismaRepository<'agentOutput'>,
    private _campaign: PrismaRepository<'campaign'>
  ) {}

  searchForMissingLeads() {
    return this._lead.model.lead.findMany({
      where: {
        status: 'new',
        createdAt: {
          gte: dayjs.utc().subtract(2, 'day').toDate(),
          lt: dayjs.utc().toDate(),
        },
      },
      select: {
        id: true,
        userId: true,
        createdAt: true,
      },
    });
  }

  async getLeads(userId: bigint, query: GetLeadsDto) {
    const startDate = dayjs.utc(query.startDate).toDate();
    const endDate = dayjs.utc(query.endDate).toDate();

    const list = await this._lead.model.lead.findMany({
      where: {
        AND: [
          {
            OR: [
              {
                userId,
              },
            ],
          },
          {
            createdAt: {
              gte: startDate,
              lte: endDate,
            },
          },
        ],
        status: { not: 'deleted' },
      },
      orderBy: { createdAt: 'asc' },
    }); // expect: prunes [pr42a]

    return list;
  }

  async getLeadsList(userId: bigint, query: GetLeadsListDto) {
    const page = query.page || 0;
    const limit = query.limit || 20;
    const skip = page * limit;
    const state = query.state || 'all';

    const where = {
      AND: [{ OR: [{ userId }] }],
      ...(state === 'won' ? { status: 'won' } : { status: { not: 'deleted' } }),
      // Won leads are listed whatever their age; the rest only from the last 30 days.
      ...(state === 'won' ? {} : { createdAt: { gte: dayjs.utc().subtract(30, 'day').toDate() } }),
    };

    const [leads, total] = await Promise.all([
      this._lead.model.lead.findMany({
        where,
        skip,
        take: limit,
        orderBy: { createdAt: 'desc' },
      }),
      this._lead.model.lead.count({ where }),
    ]); // expect: scans-all [pr42b]

    return { leads, total, page, limit, hasMore: skip + leads.length < total };
  }

  async deleteLead(userId: bigint, id: bigint) {
    await this._lead.model.lead.updateMany({
      where: {
        userId,
        id,
      },
      data: {
        status: 'deleted',
      },
    }); // expect: scans-all [pr42c]
  }

  getLead(id: bigint, includeOutputs = false, userId?: bigint) {
    return this._lead.model.lead.findFirst({
      where: {
        id,
        ...(userId ? { userId } : {}),
        status: { not: 'deleted' },
      },
      include: {
        ...(includeOutputs ? { outputs: true } : {}),
      },
    }); // expect-also: [pr42d]
  }

  changeStatus(id: bigint, createdAt: Date, status: string) {
    return this._lead.model.lead.update({
      where: {
        id_createdAt: { id, createdAt },
      },
      data: {
        status,
      },
    });
  }

  countLeadsFromDay(userId: bigint, date: Date) {
    return this._lead.model.lead.count({
      where: {
        userId,
        createdAt: {
          gte: date,
        },
        OR: [{ status: 'new' }, { status: 'won' }],
      },
    });
  }

  getCampaigns(userId: bigint) {
    return this._campaign.model.campaign.findMany({
      where: {
        userId,
        archived: false,
      },
      orderBy: { name: 'asc' },
    });
  }

  deleteOutputs(leadId: bigint) {
    return this._agentOutput.model.agentOutput.deleteMany({
      where: {
        leadId,
      },
    }); // expect-also: [pr42h]
  }
}
