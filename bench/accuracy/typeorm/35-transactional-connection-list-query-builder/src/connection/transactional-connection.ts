import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityTarget, type FindOneOptions, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';
import type { RequestContext } from './request-context';

export class EntityNotFoundError extends Error {}

/** The DataSource, but repositories come from the request's transaction when one is open. */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() private dataSource: DataSource) {}

  get rawConnection(): DataSource {
    return this.dataSource;
  }

  getRepository<Entity extends ObjectLiteral>(ctx: RequestContext | undefined, target: EntityTarget<Entity>): Repository<Entity> {
    const transactionManager = ctx?.transactionManager;
    if (transactionManager) {
      return transactionManager.getRepository(target);
    }
    return this.rawConnection.getRepository(target);
  }

  async getEntityOrThrow<Entity extends ObjectLiteral & { id: string }>(
    ctx: RequestContext,
    entityType: EntityTarget<Entity>,
    id: string,
    options: FindOneOptions<Entity> = {},
  ): Promise<Entity> {
    const entity = await this.getRepository(ctx, entityType).findOne({
      ...options,
      where: { ...(options.where as object), id } as FindOptionsWhere<Entity>,
    }); // expect-also: [to35c]
    if (!entity) {
      throw new EntityNotFoundError(`No entity with the id "${id}" could be found`);
    }
    return entity;
  }
}
