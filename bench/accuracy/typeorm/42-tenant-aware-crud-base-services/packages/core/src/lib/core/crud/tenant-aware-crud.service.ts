import { DeleteResult, FindManyOptions, FindOneOptions, FindOptionsWhere, Repository, UpdateResult } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { IUser, RequestContext } from '../context/request-context';
import { CrudService, IPagination } from './crud.service';

/**
 * Adds the current user to every filter when there is one in the request context; without a user it
 * behaves like CrudService.
 */
export abstract class TenantAwareCrudService<T extends { id: string; userId: string }> extends CrudService<T> {
	constructor(typeOrmRepository: Repository<T>) {
		super(typeOrmRepository);
	}

	private findConditionsWithTenantByUser(user: IUser): FindOptionsWhere<T> {
		return (this.typeOrmRepository.metadata?.hasColumnWithPropertyPath('userId') ? { userId: user.userId } : {}) as FindOptionsWhere<T>;
	}

	private findManyWithTenant(filter?: FindManyOptions<T>): FindManyOptions<T> | undefined {
		const user = RequestContext.currentUser();
		if (!user || !user.userId) {
			return filter;
		}
		if (!filter) {
			return { where: this.findConditionsWithTenantByUser(user) };
		}
		return { ...filter, where: { ...(filter.where as FindOptionsWhere<T>), ...this.findConditionsWithTenantByUser(user) } };
	}

	private findOneWithTenant(filter?: FindOneOptions<T>): FindOneOptions<T> | undefined {
		const user = RequestContext.currentUser();
		if (!user || !user.userId) {
			return filter;
		}
		return { ...filter, where: { ...(filter?.where as FindOptionsWhere<T>), ...this.findConditionsWithTenantByUser(user) } };
	}

	public override async findAll(filter?: FindManyOptions<T>): Promise<IPagination<T>> {
		return await super.findAll(this.findManyWithTenant(filter));
	}

	public override async find(filter?: FindManyOptions<T>): Promise<T[]> {
		return await super.find(this.findManyWithTenant(filter));
	}

	public override async findOneByIdString(id: string, options?: FindOneOptions<T>): Promise<T> {
		return await super.findOneByIdString(id, this.findOneWithTenant(options));
	}

	public override async findOneByWhereOptions(options: FindOptionsWhere<T>): Promise<T> {
		const user = RequestContext.currentUser();
		return await super.findOneByWhereOptions({ ...options, ...(user ? this.findConditionsWithTenantByUser(user) : {}) });
	}

	public override async update(id: string | FindOptionsWhere<T>, partialEntity: QueryDeepPartialEntity<T>): Promise<UpdateResult> {
		if (typeof id === 'string') {
			await this.findOneByIdString(id);
		} else {
			await this.findOneByWhereOptions(id);
		}
		return await super.update(id, partialEntity);
	}

	public override async delete(criteria: string | FindOptionsWhere<T>): Promise<DeleteResult> {
		const where = (typeof criteria === 'string' ? { id: criteria } : { ...criteria }) as FindOptionsWhere<T>;
		const user = RequestContext.currentUser();
		return await super.delete({ ...where, ...(user ? this.findConditionsWithTenantByUser(user) : {}) });
	}
}
