import type EventEmitter from 'events';
import { subDays } from 'date-fns';
import type { Db } from './index';

const TABLE = 'leads';
const COLUMNS = ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'];

export interface ILead {
  id: number;
  userId: number;
  company: string;
  status: string;
  createdAt: Date;
}

const rowToLead = (row: Record<string, unknown>): ILead => ({
  id: Number(row.id),
  userId: Number(row.user_id),
  company: String(row.company),
  status: String(row.status),
  createdAt: row.created_at as Date,
});

export class LeadStore {
  private db: Db;

  private eventBus: EventEmitter;

  constructor(db: Db, eventBus: EventEmitter) {
    this.db = db;
    this.eventBus = eventBus;
  }

  private select() {
    return this.db.select(COLUMNS).from(TABLE);
  }

  private inPeriod(days = 30) {
    return this.db(TABLE).where('created_at', '>=', subDays(new Date(), days));
  }

  async get(id: number): Promise<ILead | undefined> {
    const row = await this.select().where({ id }).first(); // expect: scans-all [kx47a] cross
    return row ? rowToLead(row) : undefined;
  }

  async getAll(query: { userId: number; since: Date }): Promise<ILead[]> {
    const rows = await this.select()
      .where('user_id', query.userId)
      .andWhere('created_at', '>=', query.since)
      .orderBy('created_at', 'desc'); // expect: prunes [kx47b] cross
    return rows.map(rowToLead);
  }

  async getVersion(id: number, createdAt: Date): Promise<ILead | undefined> {
    const row = await this.select().where({ id, created_at: createdAt }).first(); // expect: prunes [kx47c] cross
    return row ? rowToLead(row) : undefined;
  }

  async setStatus(id: number, createdAt: Date, status: string): Promise<void> {
    await this.db(TABLE).where({ id, created_at: createdAt }).update({ status }); // expect: prunes [kx47d]
    this.eventBus.emit('lead-status-changed', { id, status });
  }

  async count(params: { days?: number } = {}): Promise<number> {
    const row = await this.inPeriod(params.days).count('* as count').first(); // expect: prunes [kx47e] cross
    return Number(row?.count ?? 0);
  }

  async deleteAll(): Promise<void> {
    await this.db(TABLE).del(); // expect: scans-all [kx47f]
  }
}
