import type { DataSource } from 'typeorm';

export interface Context {
  con: DataSource;
  userId: string;
}
