import { Inject, Injectable } from '@nestjs/common';
import { DI } from '../di-symbols';
import type { LeadsRepository } from '../models/_';

@Injectable()
export class UserEntityService {
  constructor(
    @Inject(DI.leadsRepository)
    private leadsRepository: LeadsRepository,
  ) {}

  public async pack(user: { id: string; email: string }) {
    const leadsCount = await this.leadsRepository.countBy({ userId: user.id }); // expect: scans-all [to38h]
    return { id: user.id, email: user.email, leadsCount };
  }
}
