import type { FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';

export abstract class BaseRepository<T extends ObjectLiteral> {
  protected constructor(protected readonly repo: Repository<T>) {}

  findPage(where: FindOptionsWhere<T>, page: number, size = 20) {
    return this.repo.find({ where, skip: (page - 1) * size, take: size });
  }

  countWhere(where: FindOptionsWhere<T>) {
    return this.repo.count({ where });
  }
}
