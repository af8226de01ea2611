import type { EventEmitter } from 'node:events';
import type { ILead } from '../types/stores';
import type { Db } from './db-config';
import { wrapTimer } from './metrics-helper';

const TABLE = 'leads';
const COLUMNS = ['id', 'user_id', 'company', 'email', 'status', 'created_at'];

interface ILeadRow {
  id: number;
  user_id: number;
  company: string;
  email: string;
  status: string;
  created_at: Date;
}

export interface ILeadQuery {
  user_id?: number;
  status?: string;
}

export class LeadStore {
  private db: Db;

  private timer: (action: string) => () => void;

  constructor(db: Db, eventBus: EventEmitter) {
    this.db = db;
    this.timer = (action) => wrapTimer(eventBus, 'db_time', { store: 'lead', action });
  }

  async getAll(query: ILeadQuery = {}): Promise<ILead[]> {
    const stopTimer = this.timer('getAll');
    const rows = await this.db<ILeadRow>(TABLE).select(COLUMNS).where(query).orderBy('created_at', 'desc'); // expect-also: [kx38a]
    stopTimer();
    return rows.map(this.rowToLead);
  }

  async getCreatedSince(userId: number, since: Date): Promise<ILead[]> {
    const rows = await this.db<ILeadRow>(TABLE)
      .select(COLUMNS)
      .where({ user_id: userId })
      .andWhere('created_at', '>=', since); // expect: prunes [kx38b]
    return rows.map(this.rowToLead);
  }

  async exists(id: number): Promise<boolean> {
    const result = await this.db.raw(`SELECT EXISTS(SELECT 1 FROM ${TABLE} WHERE id = ?) AS present`, [id]); // expect: scans-all [kx38c]
    const { present } = result.rows[0];
    return present;
  }

  async count(query: ILeadQuery = {}): Promise<number> {
    return this.db(TABLE)
      .count('*')
      .where(query)
      .then((res) => Number(res[0]!.count)); // expect-also: [kx38d]
  }

  private rowToLead(row: ILeadRow): ILead {
    return { id: row.id, userId: row.user_id, company: row.company, email: row.email, status: row.status, createdAt: row.created_at };
  }
}
