import express from 'express';
import type { DataSource } from 'typeorm';
import { getDataSource } from './DataSource';

export class App {
  app: express.Application;
  AppDataSource: DataSource = getDataSource();

  constructor() {
    this.app = express();
  }

  async initDatabase() {
    await this.AppDataSource.initialize();
  }
}

let serverApp: App | undefined;

export async function start(): Promise<void> {
  serverApp = new App();
  await serverApp.initDatabase();
}

export function getInstance(): App | undefined {
  return serverApp;
}
