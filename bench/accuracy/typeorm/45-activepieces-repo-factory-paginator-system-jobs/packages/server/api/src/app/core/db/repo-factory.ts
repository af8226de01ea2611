import { EntitySchema, EntityManager, ObjectLiteral, Repository } from 'typeorm'
import { databaseConnection } from '../../database/database-connection'

// A repository getter per entity: inside a transaction the caller passes its entity manager.
export const repoFactory = <T extends ObjectLiteral>(entity: EntitySchema<T>) => {
    return (entityManager?: EntityManager): Repository<T> => {
        return entityManager !== undefined
            ? entityManager.getRepository(entity)
            : databaseConnection().getRepository(entity)
    }
}
