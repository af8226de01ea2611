import { NotFoundException } from '@nestjs/common';
import { DeleteResult, FindManyOptions, FindOneOptions, FindOptionsWhere, Repository, UpdateResult } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export interface IPagination<T> {
	items: T[];
	total: number;
}

export abstract class CrudService<T extends { id: string }> {
	constructor(protected readonly typeOrmRepository: Repository<T>) {}

	get tableName(): string {
		return this.typeOrmRepository.metadata.tableName;
	}

	public async findAll(options?: FindManyOptions<T>): Promise<IPagination<T>> {
		const [items, total] = await this.typeOrmRepository.findAndCount(options); // expect-also: [to42a]
		return { items, total };
	}

	public async find(options?: FindManyOptions<T>): Promise<T[]> {
		return await this.typeOrmRepository.find(options);
	}

	public async findOneByIdString(id: string, options?: FindOneOptions<T>): Promise<T> {
		const record = await this.typeOrmRepository.findOne({
			...options,
			where: { ...(options?.where as FindOptionsWhere<T>), id } as FindOptionsWhere<T>
		}); // expect-also: [to42b]
		if (!record) {
			throw new NotFoundException(`The requested record was not found`);
		}
		return record;
	}

	public async findOneByWhereOptions(options: FindOptionsWhere<T>): Promise<T> {
		const record = await this.typeOrmRepository.findOne({ where: options });
		if (!record) {
			throw new NotFoundException(`The requested record was not found`);
		}
		return record;
	}

	public async update(criteria: string | FindOptionsWhere<T>, partialEntity: QueryDeepPartialEntity<T>): Promise<UpdateResult> {
		return await this.typeOrmRepository.update(criteria, partialEntity);
	}

	public async delete(criteria: string | FindOptionsWhere<T>): Promise<DeleteResult> {
		return await this.typeOrmRepository.delete(criteria); // expect-also: [to42g]
	}
}
