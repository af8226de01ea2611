import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, FindOneOptions, ObjectLiteral, Repository } from 'typeorm';
import { RequestContext } from '../api/common/request-context';
import { EntityNotFoundError } from '../common/error/errors';
import { ID } from '../entity/base/base.entity';
import { TRANSACTION_MANAGER_KEY } from '../common/constants';

/**
 * @description
 * The TransactionalConnection is a wrapper around the TypeORM `Connection` object which works in conjunction
 * with the Transaction decorator to implement per-request transactions.
 */
@Injectable()
export class TransactionalConnection {
    constructor(@InjectDataSource() private dataSource: DataSource) {}

    get rawConnection(): DataSource {
        return this.dataSource;
    }

    getRepository<Entity extends ObjectLiteral>(
        ctxOrTarget: RequestContext | EntityTarget<Entity> | undefined,
        maybeTarget?: EntityTarget<Entity>,
    ): Repository<Entity> {
        if (ctxOrTarget instanceof RequestContext) {
            const transactionManager = this.getTransactionManager(ctxOrTarget);
            if (transactionManager) {
                return transactionManager.getRepository(maybeTarget!);
            }
            return this.rawConnection.getRepository(maybeTarget!);
        }
        return this.rawConnection.getRepository(ctxOrTarget ?? maybeTarget!);
    }

    async getEntityOrThrow<T extends ObjectLiteral>(
        ctx: RequestContext,
        entityType: EntityTarget<T>,
        id: ID,
        options: FindOneOptions<T> = {},
    ): Promise<T> {
        const entity = await this.getRepository(ctx, entityType).findOne({
            ...options,
            where: { ...(options.where ?? {}), id } as any,
        }); // expect: scans-all [to44a] cross
        if (!entity) {
            throw new EntityNotFoundError(entityType as any, id);
        }
        return entity;
    }

    private getTransactionManager(ctx: RequestContext): EntityManager | undefined {
        return (ctx as any)[TRANSACTION_MANAGER_KEY];
    }
}
