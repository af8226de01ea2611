import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, ObjectLiteral, SelectQueryBuilder, Type } from 'typeorm';
import { RequestContext } from '../../../api/common/request-context';
import { TransactionalConnection } from '../../../connection/transactional-connection';

export type ListQueryOptions = {
    skip?: number;
    take?: number;
    sort?: Record<string, 'ASC' | 'DESC'>;
};

export type ExtendedListQueryOptions<T> = {
    ctx?: RequestContext;
    where?: FindOptionsWhere<T>;
    relations?: string[];
};

@Injectable()
export class ListQueryBuilder {
    constructor(private connection: TransactionalConnection) {}

    build<T extends ObjectLiteral>(
        entity: Type<T>,
        options: ListQueryOptions = {},
        extendedOptions: ExtendedListQueryOptions<T> = {},
    ): SelectQueryBuilder<T> {
        const take = Math.min(options.take ?? 100, 1000);
        const skip = options.skip ?? 0;
        const repo = this.connection.getRepository(extendedOptions.ctx, entity);

        const qb = repo.createQueryBuilder(entity.name.toLowerCase());
        qb.setFindOptions({
            relations: extendedOptions.relations,
            take,
            skip,
            where: extendedOptions.where ?? {},
            order: (options.sort ?? { createdAt: 'DESC' }) as any,
        });
        return qb;
    }
}
