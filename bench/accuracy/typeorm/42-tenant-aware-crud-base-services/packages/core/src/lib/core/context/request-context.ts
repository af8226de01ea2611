import { ClsServiceManager } from 'nestjs-cls';

export interface IUser {
	id: string;
	userId: string;
}

export class RequestContext {
	static currentUser(): IUser | null {
		return ClsServiceManager.getClsService()?.get('user') ?? null;
	}

	static currentUserId(): string | null {
		return RequestContext.currentUser()?.userId ?? null;
	}
}
