import type { EntityManager } from 'typeorm';

export class RequestContext {
  constructor(
    readonly activeUserId: string,
    readonly transactionManager?: EntityManager,
  ) {}
}
