import { Injectable } from '@nestjs/common';
import type { FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { TransactionalConnection } from '../connection/transactional-connection';
import type { RequestContext } from '../connection/request-context';

export type DateOperators = { after?: Date; before?: Date };
export type StringOperators = { eq?: string; contains?: string };

export interface ListQueryOptions {
  take?: number;
  skip?: number;
  sort?: Record<string, 'ASC' | 'DESC'>;
  filter?: Record<string, DateOperators | StringOperators>;
}

export interface ExtendedListQueryOptions<T> {
  ctx?: RequestContext;
  relations?: string[];
  where?: FindOptionsWhere<T>;
}

const MAX_TAKE = 100;

@Injectable()
export class ListQueryBuilder {
  constructor(private connection: TransactionalConnection) {}

  build<T extends ObjectLiteral>(entity: { new (): T; name: string }, options: ListQueryOptions = {}, extendedOptions: ExtendedListQueryOptions<T> = {}): SelectQueryBuilder<T> {
    const take = Math.min(options.take ?? MAX_TAKE, MAX_TAKE);
    const skip = Math.max(options.skip ?? 0, 0);
    const alias = entity.name.toLowerCase();
    const qb = this.connection.getRepository(extendedOptions.ctx, entity).createQueryBuilder(alias);

    qb.setFindOptions({
      relations: extendedOptions.relations,
      take,
      skip,
      where: extendedOptions.where || {},
    });

    let n = 0;
    for (const [field, operators] of Object.entries(options.filter ?? {})) {
      for (const [operator, operand] of Object.entries(operators)) {
        const param = `arg${++n}`;
        const sqlOp = operator === 'after' ? '>' : operator === 'before' ? '<' : operator === 'contains' ? 'ILIKE' : '=';
        qb.andWhere(`${alias}.${field} ${sqlOp} :${param}`, { [param]: operator === 'contains' ? `%${String(operand)}%` : operand });
      }
    }
    for (const [field, direction] of Object.entries(options.sort ?? {})) {
      qb.addOrderBy(`${alias}.${field}`, direction);
    }
    return qb;
  }
}
