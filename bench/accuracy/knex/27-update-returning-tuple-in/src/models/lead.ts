import { db } from '../db';

export const Leads = {
  table: () => db('leads'),

  async setStatus(id: number, status: string) {
    const [row] = await this.table().where({ id }).update({ status }).returning('*'); // expect: scans-all [kx27a]
    return row;
  },

  async byKeys(keys: { id: number; createdAt: Date }[]) {
    return this.table().whereIn(['id', 'created_at'], keys.map((k) => [k.id, k.createdAt])).select('id', 'email'); // expect: prunes [kx27b]
  },
};
