import { Injectable } from '@nestjs/common';
import { Knex } from 'knex';
import { InjectKnex } from 'nestjs-knex';

@Injectable()
export class CampaignsRepository {
  constructor(@InjectKnex() private readonly knex: Knex) {}

  findForUser(userId: number) {
    return this.knex('campaigns').where({ user_id: userId, archived: false }); // expect: prunes [kx07a]
  }

  async countLive() {
    const [{ count }] = await this.knex('campaigns').where({ archived: false }).count(); // expect: scans-all [kx07b]
    return Number(count);
  }

  async rename(id: number, name: string) {
    await this.knex('campaigns').where({ id }).update({ name }); // expect: scans-all [kx07c]
  }
}
