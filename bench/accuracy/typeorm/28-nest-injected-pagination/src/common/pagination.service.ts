import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export class PageQueryDto {
  page?: number = 1;
  limit?: number = 20;
  from?: string;
}

@Injectable()
export class PaginationService {
  async paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, dto: PageQueryDto) {
    const page = dto.page ?? 1;
    const limit = dto.limit ?? 20;
    const [items, total] = await qb.skip((page - 1) * limit).take(limit).getManyAndCount(); // expect: scans-all [to28a] cross
    return { items, total, page, limit };
  }
}
