import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, Repository } from 'typeorm';

@Injectable()
export class TwentyORMGlobalManager {
  constructor(@InjectDataSource('core') private readonly dataSource: DataSource) {}

  async getRepositoryForWorkspace<T extends ObjectLiteral>(workspaceId: string, entityName: string): Promise<Repository<T>> {
    void workspaceId;
    return this.dataSource.getRepository<T>(entityName);
  }
}
