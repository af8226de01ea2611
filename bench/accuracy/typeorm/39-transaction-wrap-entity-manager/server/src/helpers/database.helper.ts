import { type EntityManager, getManager } from 'typeorm';

/** Runs the operation in the given manager, or in a new transaction. */
export async function dbTransactionWrap<T>(operation: (manager: EntityManager) => Promise<T>, manager?: EntityManager): Promise<T> {
  if (manager) {
    return await operation(manager);
  } else {
    return await getManager().transaction(async (manager) => {
      return await operation(manager);
    });
  }
}
