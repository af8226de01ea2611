import type { DataSource, QueryRunner } from 'typeorm';

// Runs the callback on a read-replica query runner and always releases it.
export const queryReadReplica = async <T>(con: DataSource, callback: ({ queryRunner }: { queryRunner: QueryRunner }) => Promise<T>): Promise<T> => {
  const queryRunner = con.createQueryRunner('slave');
  try {
    return await callback({ queryRunner });
  } finally {
    await queryRunner.release();
  }
};
